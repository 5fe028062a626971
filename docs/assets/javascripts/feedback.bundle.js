/* Built by scripts/bundle_js.js from feedback.js, feedback-dialog.js (read those; edit those, then run `make js`). */
(function(root,factory){
"use strict";
var core=typeof module==="object"&&module.exports?require("./answers.js"):root.wsAnswers;
var api=factory(core);
if(typeof module==="object"&&module.exports)module.exports=api;
else root.wsFeedback=api;
})(typeof self!=="undefined"?self:this,function(A){
"use strict";
var FORMAT="tyouramentorointi-feedback";
var VERSION=1;
var ROLES=["mentee","mentor"];
var ROLE_FIELD="role";
var ROUND_MAX=80;
var MAX_BYTES=512*1024;
var RE_ID=/^[0-9a-f]{32}$/;
var RE_MONTH=/^\d{4}-(0[1-9]|1[0-2])$/;
var MIGRATIONS={};
function refuse(reason,params){
return{ok:false,reason:reason,params:params||{}};
}
function aggregateFields(manifest,worksheetId){
var sheet=manifest&&manifest.worksheets&&manifest.worksheets[worksheetId];
if(!sheet)return[];
return Object.keys(sheet.fields).filter(function(id){return sheet.fields[id].aggregate===true;}).map(function(id){
return{id:id,spec:sheet.fields[id],open:A.valueKind(manifest,sheet.fields[id])==="text"};
});
}
function asksRole(manifest,worksheetId){
return aggregateFields(manifest,worksheetId).some(function(field){return field.id===ROLE_FIELD;});
}
function newId(randomBytes){
var bytes=randomBytes(16);
var out="";
for(var i=0;i<16;i++)out+=(bytes[i]<16?"0":"")+(bytes[i]&255).toString(16);
return out;
}
function tidyRound(text){
return typeof text==="string"?text.replace(/\s+/g," ").trim().slice(0,ROUND_MAX):"";
}
function makeFeedback(manifest,worksheetId,answers,choices){
var kept={};
var includeOpen=choices.includeOpen===true;
aggregateFields(manifest,worksheetId).forEach(function(field){
var value=answers&&answers[field.id];
if(A.isEmpty(value)||(field.open&&!includeOpen))return;
kept[field.id]=A.clone(typeof value==="string"?(field.open?value.trim():value):value);
if(kept[field.id]==="")delete kept[field.id];
});
var role=asksRole(manifest,worksheetId)?kept[ROLE_FIELD]:choices.role;
var file={format:FORMAT,version:VERSION,id:choices.id,worksheet:worksheetId,month:choices.month};
if(ROLES.indexOf(role)!==-1)file.role=role;
var round=tidyRound(choices.round);
if(round)file.round=round;
file.open=includeOpen;
file.answers=kept;
return file;
}
function fileName(file){
return"tyouramentorointi-feedback-"+file.worksheet+"-"+String(file.id).slice(0,8)+".json";
}
function invalidReason(manifest,spec,value){
var kind=A.valueKind(manifest,spec);
if(kind==="multichoice"){
if(!Array.isArray(value)||value.some(function(item){return typeof item!=="string";}))return"import_reason_type";
return null;
}
if(typeof value!=="string")return"import_reason_type";
var max=A.maxLengthOf(manifest,spec);
if(kind==="text"&&max!==null&&value.length>max)return"import_reason_long";
return null;
}
function readFeedback(manifest,text){
if(typeof text!=="string")return refuse("eval_error_damaged");
if(text.length>MAX_BYTES)return refuse("eval_error_size",{max:Math.round(MAX_BYTES/1024)});
var data;
try{data=JSON.parse(text.charCodeAt(0)===0xfeff?text.slice(1):text);}catch(e){return refuse("eval_error_damaged");}
return checkFeedback(manifest,data);
}
function checkFeedback(manifest,data){
if(!A.isPlainObject(data))return refuse("eval_error_foreign");
if(data.format===A.FORMAT)return refuse("eval_error_answers_file");
if(data.format!==FORMAT)return refuse("eval_error_foreign");
var migrated=A.migrate(data,"feedback",{migrations:MIGRATIONS,target:VERSION});
if(!migrated.ok)return migrated.reason==="import_error_version"?refuse("eval_error_version",migrated.params):refuse("eval_error_damaged");
data=migrated.data;
if(typeof data.id!=="string"||!RE_ID.test(data.id)||!A.isPlainObject(data.answers))return refuse("eval_error_damaged");
if(A.has(data,"role")&&ROLES.indexOf(data.role)===-1)return refuse("eval_error_damaged");
if(A.has(data,"round")&&(typeof data.round!=="string"||data.round.length>ROUND_MAX))return refuse("eval_error_damaged");
if(A.has(data,"month")&&(typeof data.month!=="string"||!RE_MONTH.test(data.month)))return refuse("eval_error_damaged");
if(A.has(data,"open")&&typeof data.open!=="boolean")return refuse("eval_error_damaged");
var sheet=manifest&&manifest.worksheets&&A.has(manifest.worksheets,data.worksheet)?manifest.worksheets[data.worksheet]:null;
if(!sheet)return refuse("eval_error_worksheet",{worksheet:A.shortId(data.worksheet)});
var counted={};
aggregateFields(manifest,data.worksheet).forEach(function(field){counted[field.id]=field.spec;});
var ids=Object.keys(data.answers);
for(var i=0;i<ids.length;i++){
var target=A.currentId(counted,ids[i]);
if(target===null)continue;
var reason=invalidReason(manifest,counted[target],data.answers[ids[i]]);
if(reason)return refuse("eval_error_field",{field:A.shortId(ids[i])});
}
var earlier={};
var answers=A.normaliseAnswers(manifest,counted,data.answers,"",earlier);
var ignored=A.earlierEntries(earlier).length;
Object.keys(answers).forEach(function(id){
var open=A.valueKind(manifest,counted[id])==="text";
if(A.isEmpty(answers[id])||(open&&data.open!==true))delete answers[id];
else if(open)answers[id]=answers[id].trim();
});
var role=data.role||"";
if(A.has(counted,ROLE_FIELD)&&typeof answers[ROLE_FIELD]==="string")role=answers[ROLE_FIELD];
return{
ok:true,
data:data,
file:{
id:data.id,worksheet:data.worksheet,month:data.month||"",role:role,round:tidyRound(data.round),
open:data.open===true,answers:answers,ignored:ignored
}
};
}
return{
FORMAT:FORMAT,
VERSION:VERSION,
MIGRATIONS:MIGRATIONS,
ROLES:ROLES,
ROLE_FIELD:ROLE_FIELD,
ROUND_MAX:ROUND_MAX,
MAX_BYTES:MAX_BYTES,
aggregateFields:aggregateFields,
asksRole:asksRole,
newId:newId,
tidyRound:tidyRound,
makeFeedback:makeFeedback,
fileName:fileName,
readFeedback:readFeedback,
checkFeedback:checkFeedback
};
});
(function(){
"use strict";
var ui=window.wsUi;
var FB=window.wsFeedback;
var F=window.wsFields;
var STYLES=document.currentScript?document.currentScript.src.replace(/javascripts\/[^/]*$/,"stylesheets/share.css"):"";
var styled=new Promise(function(resolve){
var link=document.querySelector('link[href="'+STYLES+'"]');
if(link||!STYLES){resolve();return;}
link=document.createElement("link");
link.rel="stylesheet";
link.href=STYLES;
link.onload=link.onerror=function(){resolve();};
document.head.appendChild(link);
});
function t(key,params){
var strings=(window.wsFeedbackPage&&window.wsFeedbackPage.strings)||{};
return ui.t(Object.prototype.hasOwnProperty.call(strings,key)?strings[key]:key,params);
}
function marked(manifest,page){
var copy=window.wsAnswers.clone(manifest||{});
var sheet=copy.worksheets&&copy.worksheets[page.worksheet];
page.fields.forEach(function(id){if(sheet&&sheet.fields[id])sheet.fields[id].aggregate=true;});
return copy;
}
function ownText(element){
if(!element)return"";
var copy=element.cloneNode(true);
copy.querySelectorAll(".ws-alt").forEach(function(alt){alt.remove();});
return copy.textContent.replace(/\s+/g," ").trim();
}
function fieldElement(root,id){
return Array.prototype.filter.call(root.querySelectorAll('[data-ws-field="'+id+'"]'),function(field){
return!field.closest("[data-ws-group]");
})[0]||null;
}
function mount(dialog,root){
var worksheetId=root.getAttribute("data-ws-worksheet");
var manifest=marked(ui.manifest,window.wsFeedbackPage);
var fields=FB.aggregateFields(manifest,worksheetId);
var roleBox=dialog.querySelector("[data-ws-feedback-role]");
var round=dialog.querySelector("[data-ws-feedback-round]");
var openBox=dialog.querySelector("[data-ws-feedback-open-box]");
var open=dialog.querySelector("[data-ws-feedback-open]");
var preview=dialog.querySelector("[data-ws-feedback-preview]");
var regions={alert:dialog.querySelector("[data-ws-feedback-alert]"),status:null};
var pageRegions={alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")};
var opener=null;
roleBox.hidden=FB.asksRole(manifest,worksheetId);
openBox.hidden=!fields.some(function(field){return field.open;});
function shownAnswers(){
var answers={};
fields.forEach(function(field){
var element=fieldElement(root,field.id);
if(element)answers[field.id]=F.read(element,F.kindOf(element,manifest));
});
return answers;
}
function chosenRole(){
var checked=dialog.querySelector("[data-ws-feedback-role] input:checked");
return checked?checked.value:"";
}
function draft(){
return FB.makeFeedback(manifest,worksheetId,shownAnswers(),{
id:"",month:ui.today().slice(0,7),role:chosenRole(),round:round.value,includeOpen:open.checked
});
}
function shown(element,value){
var values=Array.isArray(value)?value:[value];
return values.map(function(item){
var input=element.querySelector('input[value="'+item+'"]');
var label=input&&element.querySelector('label[for="'+input.id+'"]');
return label?ownText(label):String(item);
}).join(", ");
}
function showPreview(){
var file=draft();
preview.textContent="";
function line(term,text){
var dt=document.createElement("dt");
dt.textContent=term;
var dd=document.createElement("dd");
dd.textContent=text;
preview.appendChild(dt);
preview.appendChild(dd);
}
if(!roleBox.hidden){
var roleInput=dialog.querySelector("#ws-feedback-role-"+file.role);
line(ownText(roleBox.querySelector("legend")),file.role&&roleInput?ownText(dialog.querySelector('label[for="'+roleInput.id+'"]')):t("feedback_unanswered"));
}
line(ownText(dialog.querySelector('label[for="ws-feedback-round"]')),file.round||t("feedback_unanswered"));
fields.forEach(function(field){
var element=fieldElement(root,field.id);
var label=element&&(element.querySelector("legend")||element.querySelector("label"));
var value=file.answers[field.id];
var text=value!==undefined?shown(element,value):field.open&&!open.checked&&!window.wsAnswers.isEmpty(shownAnswers()[field.id])?t("feedback_open_left_out"):t("feedback_unanswered");
line(ownText(label)||field.id,text);
});
}
function save(){
var file=draft();
var counted=fields.filter(function(field){
return!field.open&&field.id!==FB.ROLE_FIELD&&file.answers[field.id]!==undefined;
});
if(!counted.length){
ui.say(regions,t("feedback_nothing"),true);
return;
}
file.id=FB.newId(function(n){return window.crypto.getRandomValues(new Uint8Array(n));});
var name=FB.fileName(file);
ui.download(JSON.stringify(file,null,2),name,"application/json");
dialog.close();
ui.say(pageRegions,t("feedback_made",{file:name}),false);
}
dialog.addEventListener("click",function(event){
var target=event.target.closest("[data-ws-action]");
if(!target)return;
var action=target.getAttribute("data-ws-action");
if(action==="export-feedback-confirm")save();
else if(action==="feedback-close")dialog.close();
});
["input","change"].forEach(function(type){
dialog.addEventListener(type,function(event){
event.stopPropagation();
ui.say(regions,"",false);
showPreview();
});
});
dialog.addEventListener("close",function(){
if(opener&&document.contains(opener))opener.focus();
});
return{
show:function(button){
opener=button;
ui.say(regions,"",false);
showPreview();
if(typeof dialog.showModal==="function")dialog.showModal();else dialog.setAttribute("open","");
placeInFrame(dialog,button);
dialog.querySelector("#ws-feedback-title").focus();
}
};
}
function placeInFrame(dialog,button){
var framed;
try{framed=window.self!==window.top;}catch(e){framed=true;}
if(!framed||!button)return;
dialog.style.position="absolute";
dialog.style.top=Math.max(0,Math.round(button.getBoundingClientRect().top+window.scrollY)-16)+"px";
dialog.style.bottom="auto";
dialog.style.marginTop="0";
dialog.style.maxHeight="none";
}
function open(button){
return styled.then(function(){show(button);});
}
function show(button){
var root=button.closest("[data-ws-worksheet]");
var dialog=root.querySelector("[data-ws-feedback-dialog]");
if(!dialog){
var holder=document.createElement("template");
holder.innerHTML=window.wsFeedbackPage.html;
dialog=holder.content.firstElementChild;
var toolbar=root.querySelector("[data-ws-toolbar]");
toolbar.parentNode.insertBefore(dialog,toolbar.nextSibling);
dialog.wsFeedback=mount(dialog,root);
}
dialog.wsFeedback.show(button);
}
window.wsFeedbackDialog={open:open};
})();
