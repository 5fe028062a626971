/* Built by scripts/bundle_js.js from ui.js, answers.js, storage.js, fields.js, shared-recall.js, pictures.js, worksheet-page.js, share-button.js (read those; edit those, then run `make js`). */
(function(){
"use strict";
function json(id){
var el=document.getElementById(id);
if(!el)return null;
try{return JSON.parse(el.textContent);}catch(e){return null;}
}
var strings=json("ws-ui")||{};
function t(key,params){
var text=Object.prototype.hasOwnProperty.call(strings,key)?strings[key]:key;
return text.replace(/\{(\w+)\}/g,function(match,name){
return params&&Object.prototype.hasOwnProperty.call(params,name)?String(params[name]):match;
});
}
function say(regions,message,isError){
[regions.alert,regions.status].forEach(function(region){
if(!region)return;
var mine=region===(isError?regions.alert:regions.status);
var text=mine?message:"";
if(region.textContent!==text)region.textContent=text;
region.classList.toggle("ws-alert--error",mine&&!!isError&&!!message);
region.classList.toggle("ws-alert--visible",!!text);
});
}
function download(text,filename,type){
var blob=new Blob([text],{type:type});
var link=document.createElement("a");
link.href=URL.createObjectURL(blob);
link.download=filename;
document.body.appendChild(link);
link.click();
setTimeout(function(){URL.revokeObjectURL(link.href);link.remove();},0);
}
function today(){
return new Date().toISOString().slice(0,10);
}
function formatTime(iso){
var date=new Date(iso);
if(isNaN(date))return"";
return date.toLocaleString(document.documentElement.lang||undefined,{dateStyle:"short",timeStyle:"short"});
}
window.wsUi={json:json,t:t,say:say,download:download,today:today,formatTime:formatTime,manifest:json("ws-manifest")};
})();
(function(root,factory){
"use strict";
var api=factory();
if(typeof module==="object"&&module.exports)module.exports=api;
else root.wsAnswers=api;
})(typeof self!=="undefined"?self:this,function(){
"use strict";
var FORMAT="tyouramentorointi-answers";
var VERSION=1;
var ID_SHOWN_MAX=40;
var MIGRATIONS={};
function isPlainObject(value){
return value!==null&&typeof value==="object"&&!Array.isArray(value);
}
function has(object,key){
return isPlainObject(object)&&Object.prototype.hasOwnProperty.call(object,key);
}
function isEmpty(value){
if(value===undefined||value===null||value==="")return true;
if(Array.isArray(value))return value.every(isEmpty);
if(isPlainObject(value))return Object.keys(value).every(function(key){return isEmpty(value[key]);});
return false;
}
function sameValue(a,b){
if(isEmpty(a)&&isEmpty(b))return true;
return JSON.stringify(canonical(a))===JSON.stringify(canonical(b));
}
function canonical(value){
if(Array.isArray(value))return value.map(canonical);
if(isPlainObject(value)){
var out={};
Object.keys(value).sort().forEach(function(key){if(!isEmpty(value[key]))out[key]=canonical(value[key]);});
return out;
}
return value;
}
function clone(value){
return value===undefined?undefined:JSON.parse(JSON.stringify(value));
}
function shortId(id){
var text=String(id);
return text.length>ID_SHOWN_MAX?text.slice(0,ID_SHOWN_MAX-1)+"…":text;
}
function valueKind(manifest,spec){
if(!spec)return null;
if(spec.type==="group")return"group";
var type=manifest&&manifest.types&&manifest.types[spec.type];
return type&&type.value?type.value:null;
}
function optionsOf(manifest,spec){
if(spec&&Array.isArray(spec.options))return spec.options;
var type=manifest&&manifest.types&&spec&&manifest.types[spec.type];
return type&&Array.isArray(type.options)?type.options:[];
}
function maxLengthOf(manifest,spec){
if(spec&&typeof spec.maxlength==="number")return spec.maxlength;
var type=manifest&&manifest.types&&spec&&manifest.types[spec.type];
return type&&typeof type.maxlength==="number"?type.maxlength:null;
}
function limitsOf(manifest){
var limits=(manifest&&manifest.limits)||{};
return{max_rows:limits.max_rows,max_file_bytes:limits.max_file_bytes};
}
function migrate(data,kind,options){
var migrations=(options&&options.migrations)||MIGRATIONS;
var target=(options&&options.target)||VERSION;
if(!has(data,"version"))return{ok:false,reason:"import_error_version_missing",params:{}};
var version=data.version;
if(typeof version!=="number"||version%1!==0||version<1){
return{ok:false,reason:"import_error_version_type",params:{version:shortId(JSON.stringify(version))}};
}
if(version>target){
return{ok:false,reason:"import_error_version",params:{version:version,supported:target}};
}
var current=clone(data);
while(current.version<target){
var step=migrations[current.version];
if(typeof step!=="function"){
return{ok:false,reason:"import_error_version",params:{version:version,supported:target}};
}
var from=current.version;
current=step({kind:kind,data:current});
if(!isPlainObject(current)||current.version!==from+1)throw new Error("migration "+from+" did not produce version "+(from+1));
}
return{ok:true,data:current};
}
function currentId(fields,id){
if(has(fields,id))return id;
var ids=Object.keys(fields||{});
for(var i=0;i<ids.length;i++){
var from=fields[ids[i]].renamed_from;
if((Array.isArray(from)&&from.indexOf(id)!==-1)||from===id)return ids[i];
}
return null;
}
function keepEarlier(earlier,path,value){
if(isEmpty(value))return;
var key=path;
for(var n=2;has(earlier,key)&&!sameValue(earlier[key],value);n++)key=path+"#"+n;
earlier[key]=clone(value);
}
function normaliseChoice(manifest,spec,value,path,earlier){
var options=optionsOf(manifest,spec);
var renamed=isPlainObject(spec.renamed_options)?spec.renamed_options:{};
var kind=valueKind(manifest,spec);
var values=Array.isArray(value)?value:[value];
var kept=[];
var orphans=[];
values.forEach(function(item){
if(item===""||item===null||item===undefined)return;
var mapped=typeof item==="string"&&has(renamed,item)?renamed[item]:item;
if(typeof mapped==="string"&&options.indexOf(mapped)!==-1){
if(kept.indexOf(mapped)===-1)kept.push(mapped);
}else orphans.push(item);
});
if(kind==="choice"&&kept.length>1)orphans=orphans.concat(kept.splice(1));
if(orphans.length)keepEarlier(earlier,path,Array.isArray(value)||kind==="multichoice"?orphans:orphans[0]);
if(kind==="multichoice")return kept;
return kept.length?kept[0]:"";
}
function normaliseValue(manifest,spec,value,path,earlier){
var kind=valueKind(manifest,spec);
if(kind==="group"){
if(!Array.isArray(value)){keepEarlier(earlier,path,value);return[];}
return value.map(function(row,index){
if(!isPlainObject(row)){keepEarlier(earlier,path+"."+(index+1),row);return{};}
return normaliseAnswers(manifest,spec.fields,row,path+"."+(index+1)+".",earlier);
});
}
if(kind==="choice"||kind==="multichoice")return normaliseChoice(manifest,spec,value,path,earlier);
if(typeof value==="string")return value;
keepEarlier(earlier,path,value);
return"";
}
function normaliseAnswers(manifest,fields,answers,prefix,earlier){
var result={};
var ids=Object.keys(answers||{});
ids.filter(function(id){return has(fields,id);}).forEach(function(id){
result[id]=normaliseValue(manifest,fields[id],answers[id],prefix+id,earlier);
});
ids.filter(function(id){return!has(fields,id);}).forEach(function(id){
var target=currentId(fields,id);
if(target===null||(has(result,target)&&!isEmpty(result[target]))){
keepEarlier(earlier,prefix+id,answers[id]);
return;
}
result[target]=normaliseValue(manifest,fields[target],answers[id],prefix+target,earlier);
});
return result;
}
function readRecord(manifest,worksheetId,record){
if(record===null||record===undefined)return{ok:true,answers:{},earlier:{},updated:null};
if(!isPlainObject(record)||!isPlainObject(record.answers))return{ok:false,reason:"record_unreadable"};
var migrated=migrate(record,"record");
if(!migrated.ok)return{ok:false,reason:"record_unreadable"};
var data=migrated.data;
var earlier=isPlainObject(data.earlier)?clone(data.earlier):{};
var sheet=manifest&&manifest.worksheets&&manifest.worksheets[worksheetId];
var answers=sheet?normaliseAnswers(manifest,sheet.fields,data.answers,"",earlier):clone(data.answers);
return{ok:true,answers:answers,earlier:earlier,updated:typeof data.updated==="string"?data.updated:null};
}
function makeRecord(answers,earlier,now){
var record={version:VERSION,updated:(now||new Date()).toISOString(),answers:answers};
if(earlier&&Object.keys(earlier).length)record.earlier=earlier;
return record;
}
function merge(stored,base,current){
var result=clone(stored||{});
var changed=[];
var conflicts=[];
var ids=Object.keys(current||{});
Object.keys(base||{}).forEach(function(id){if(ids.indexOf(id)===-1)ids.push(id);});
ids.forEach(function(id){
var mine=has(current,id)?current[id]:"";
var before=has(base,id)?base[id]:"";
if(sameValue(mine,before))return;
var theirs=has(stored,id)?stored[id]:"";
if(!sameValue(theirs,before)&&!sameValue(theirs,mine))conflicts.push(id);
changed.push(id);
if(isEmpty(mine))delete result[id];
else result[id]=clone(mine);
});
return{answers:result,changed:changed,conflicts:conflicts};
}
function changedIds(a,b){
var ids=Object.keys(a||{});
Object.keys(b||{}).forEach(function(id){if(ids.indexOf(id)===-1)ids.push(id);});
return ids.filter(function(id){return!sameValue(has(a,id)?a[id]:"",has(b,id)?b[id]:"");});
}
function earlierEntries(earlier){
return Object.keys(earlier||{}).filter(function(path){return!isEmpty(earlier[path]);}).map(function(path){
return{path:path,value:earlier[path]};
});
}
function makeFile(worksheets,now){
var data={format:FORMAT,version:VERSION,exported:(now||new Date()).toISOString(),worksheets:{}};
var earlier={};
Object.keys(worksheets).forEach(function(id){
data.worksheets[id]=worksheets[id].answers;
if(earlierEntries(worksheets[id].earlier).length)earlier[id]=worksheets[id].earlier;
});
if(Object.keys(earlier).length)data.earlier=earlier;
return data;
}
return{
FORMAT:FORMAT,
VERSION:VERSION,
MIGRATIONS:MIGRATIONS,
isPlainObject:isPlainObject,
has:has,
currentId:currentId,
isEmpty:isEmpty,
sameValue:sameValue,
clone:clone,
shortId:shortId,
valueKind:valueKind,
optionsOf:optionsOf,
maxLengthOf:maxLengthOf,
limitsOf:limitsOf,
migrate:migrate,
readRecord:readRecord,
makeRecord:makeRecord,
normaliseAnswers:normaliseAnswers,
merge:merge,
changedIds:changedIds,
earlierEntries:earlierEntries,
makeFile:makeFile
};
});
(function(){
"use strict";
function isQuotaError(error){
if(!error)return false;
return error.name==="QuotaExceededError"||error.name==="NS_ERROR_DOM_QUOTA_REACHED"||error.code===22||error.code===1014;
}
function open(namespace){
var storage=null;
var state="ok";
try{
storage=window.localStorage;
if(!storage||storage.volatile)throw new Error("storage unavailable");
storage.getItem(namespace+":settings");
}catch(e){
storage=null;
state="blocked";
}
var worksheetPrefix=namespace+":worksheet:";
var rescuedPrefix=namespace+":rescued:";
var backupKey=namespace+":backup";
var listeners=[];
var memoryBackup=null;
if(storage){
try{
storage.setItem(namespace+":probe","1");
storage.removeItem(namespace+":probe");
}catch(e){
state=isQuotaError(e)?"full":"blocked";
}
}
function noteWrite(error){
if(!storage)return"blocked";
var before=state;
state=error?(isQuotaError(error)?"full":"blocked"):"ok";
if(before!==state)listeners.forEach(function(fn){fn({type:"state",state:state});});
return state;
}
function get(key){
if(!storage)return null;
try{return storage.getItem(key);}catch(e){return null;}
}
function set(key,value){
if(!storage)return"blocked";
try{
if(value===null)storage.removeItem(key);else storage.setItem(key,value);
return noteWrite(null);
}catch(e){
return noteWrite(e);
}
}
function keys(){
if(!storage)return[];
var found=[];
try{
for(var i=0;i<storage.length;i++){
var key=storage.key(i);
if(key&&key.indexOf(namespace+":")===0)found.push(key);
}
}catch(e){}
return found.sort();
}
var store={
namespace:namespace,
state:function(){return state;},
readable:function(){return storage!==null;},
key:function(worksheetId){return worksheetPrefix+worksheetId;},
raw:function(worksheetId){return get(worksheetPrefix+worksheetId);},
write:function(worksheetId,text){return set(worksheetPrefix+worksheetId,text);},
readWorksheet:function(worksheetId,manifest){
var raw=get(worksheetPrefix+worksheetId);
if(raw===null)return{ok:true,answers:{},earlier:{},updated:null};
var parsed;
try{parsed=JSON.parse(raw);}catch(e){parsed=undefined;}
var read=parsed===undefined?{ok:false}:window.wsAnswers.readRecord(manifest,worksheetId,parsed);
if(read.ok)return read;
return{ok:false,answers:{},earlier:{},updated:null,rescuedKey:store.rescue(worksheetId,raw)};
},
get:get,
set:set,
keys:keys,
rescue:function(worksheetId,text){
var existing=keys().filter(function(key){return key.indexOf(rescuedPrefix+worksheetId+":")===0;});
for(var i=0;i<existing.length;i++)if(get(existing[i])===text)return existing[i];
var base=rescuedPrefix+worksheetId+":"+new Date().toISOString().replace(/[:.]/g,"-");
var key=base;
for(var n=2;get(key)!==null;n++)key=base+"-"+n;
return set(key,text)==="ok"?key:null;
},
rescued:function(){
return keys().map(function(key){
var match=key.indexOf(rescuedPrefix)===0?/^([^:]+):/.exec(key.slice(rescuedPrefix.length))
:key.indexOf(worksheetPrefix)===0&&/:unreadable$/.test(key)?[null,key.slice(worksheetPrefix.length,-11)]:null;
return match?{key:key,worksheet:match[1],text:get(key)||""}:null;
}).filter(Boolean);
},
backup:function(kind,keyList,extra){
var records={};
keyList.forEach(function(key){records[key]=get(key);});
memoryBackup={kind:kind,taken:new Date().toISOString(),records:records,extra:extra||{}};
set(backupKey,JSON.stringify(memoryBackup));
return memoryBackup;
},
lastBackup:function(){
var text=get(backupKey);
if(text){
try{
var data=JSON.parse(text);
if(data&&typeof data==="object"&&data.records&&typeof data.records==="object")return data;
}catch(e){}
}
return memoryBackup;
},
restoreBackup:function(){
var backup=store.lastBackup();
if(!backup)return"none";
var result="ok";
Object.keys(backup.records).forEach(function(key){
var outcome=set(key,backup.records[key]);
if(outcome!=="ok")result=outcome;
});
if(result==="ok")store.dropBackup();
return result;
},
dropBackup:function(){
memoryBackup=null;
set(backupKey,null);
},
getSetting:function(name){
try{
var settings=JSON.parse(get(namespace+":settings")||"{}");
return settings&&typeof settings==="object"?settings[name]:null;
}catch(e){return null;}
},
setSetting:function(name,value){
var settings;
try{settings=JSON.parse(get(namespace+":settings")||"{}");}catch(e){settings={};}
if(!settings||typeof settings!=="object"||Array.isArray(settings))settings={};
settings[name]=value;
set(namespace+":settings",JSON.stringify(settings));
},
subscribe:function(fn){
listeners.push(fn);
}
};
window.addEventListener("storage",function(event){
if(event.storageArea&&event.storageArea!==storage)return;
var key=event.key;
if(key!==null&&key.indexOf(namespace+":")!==0)return;
var change=key!==null&&key.indexOf(worksheetPrefix)===0&&key.indexOf(":",worksheetPrefix.length)===-1
?{type:"worksheet",worksheet:key.slice(worksheetPrefix.length),key:key}
:{type:"other",key:key};
listeners.forEach(function(fn){fn(change);});
});
return store;
}
window.wsStorage={open:open,isQuotaError:isQuotaError};
})();
(function(){
"use strict";
function kindOf(field,manifest){
var type=field.getAttribute("data-ws-type");
var spec=manifest&&manifest.types&&manifest.types[type];
if(spec&&spec.value)return spec.value;
if(field.querySelector("input[type=checkbox]"))return"multichoice";
if(field.querySelector("input[type=radio]"))return"choice";
return"text";
}
function read(field,kind){
if(kind==="choice"){
var checked=field.querySelector("input:checked");
return checked?checked.value:"";
}
if(kind==="multichoice"){
return Array.prototype.map.call(field.querySelectorAll("input:checked"),function(input){return input.value;});
}
var input=field.querySelector(".ws-field__input");
return input?input.value:"";
}
function write(field,kind,value){
if(kind==="choice"||kind==="multichoice"){
var wanted=Array.isArray(value)?value:[value];
field.querySelectorAll("input").forEach(function(input){input.checked=wanted.indexOf(input.value)!==-1;});
}else{
var input=field.querySelector(".ws-field__input");
if(input&&input.value!==(typeof value==="string"?value:""))input.value=typeof value==="string"?value:"";
}
}
function formatDate(text){
if(!/^\d{4}-\d{2}-\d{2}$/.test(text))return text;
var parts=text.split("-");
return new Date(Date.UTC(+parts[0],+parts[1]-1,+parts[2])).toLocaleDateString(document.documentElement.lang||undefined,{timeZone:"UTC"});
}
function refresh(fields,kindFor){
var textareas=[];
fields.forEach(function(field){
var kind=kindFor(field);
var value=read(field,kind);
var filled=Array.isArray(value)?value.length>0:value!=="";
field.classList.toggle("ws-field--filled",filled);
var target=field.querySelector(".ws-field__value");
if(target)target.textContent=typeof value==="string"?(kind==="date"?formatDate(value):value):"";
var textarea=field.querySelector("textarea");
if(textarea)textareas.push(textarea);
});
fitTextareas(textareas);
}
var SIZED_BY_CSS=!!(window.CSS&&CSS.supports&&CSS.supports("field-sizing","content"));
function fitTextareas(textareas){
if(SIZED_BY_CSS)return;
textareas.forEach(function(textarea){textarea.style.height="";});
var sizes=textareas.map(function(textarea){return[textarea.scrollHeight,textarea.clientHeight];});
textareas.forEach(function(textarea,index){
if(sizes[index][0]>sizes[index][1])textarea.style.height=sizes[index][0]+4+"px";
});
}
function lengthNotice(field,t){
var input=field.querySelector(".ws-field__input");
if(!input||!input.maxLength||input.maxLength<0)return;
var id=input.id+"-info";
var notice=document.getElementById(id);
var full=input.value.length>=input.maxLength;
if(!notice&&!full)return;
if(!notice){
notice=document.createElement("p");
notice.id=id;
notice.className="ws-field__info";
notice.setAttribute("role","status");
input.insertAdjacentElement("afterend",notice);
var described=(input.getAttribute("aria-describedby")||"").split(" ").filter(Boolean);
described.push(id);
input.setAttribute("aria-describedby",described.join(" "));
}
var text=full?t("length_limit",{max:input.maxLength}):"";
if(notice.textContent!==text)notice.textContent=text;
notice.hidden=!full;
}
window.wsFields={kindOf:kindOf,read:read,write:write,refresh:refresh,fitTextareas:fitTextareas,lengthNotice:lengthNotice,formatDate:formatDate};
})();
(function(){
"use strict";
var A=window.wsAnswers;
function valuesOf(answers,fieldId){
var values=[];
Object.keys(answers||{}).forEach(function(key){
var value=answers[key];
if(key===fieldId&&typeof value==="string")values.push(value);
if(Array.isArray(value)){
value.forEach(function(row){if(A.isPlainObject(row)&&typeof row[fieldId]==="string")values.push(row[fieldId]);});
}
});
return values.filter(function(value){return value.trim()!=="";});
}
function keptCopies(store){
var prefix=store.namespace+":shared:";
return store.keys().filter(function(key){return key.indexOf(prefix)===0;}).map(function(key){
var data=null;
try{data=JSON.parse(store.get(key));}catch(e){data=null;}
if(!A.isPlainObject(data)||!A.isPlainObject(data.copy)||!A.isPlainObject(data.copy.worksheets))return null;
var shared=A.isPlainObject(data.copy.shared)?data.copy.shared:{};
return{key:key,kept:data.kept,name:typeof shared.name==="string"?shared.name:"",at:typeof shared.at==="string"?shared.at:"",copy:data.copy};
}).filter(Boolean).sort(function(a,b){return a.at<b.at?1:a.at>b.at?-1:0;});
}
function answersFor(store,manifest,box,own,t){
var worksheetId=box.getAttribute("data-ws-recall-worksheet");
var fieldId=box.getAttribute("data-ws-recall-field");
var note=box.querySelector(".ws-recall__shared");
if(note)note.remove();
if(valuesOf(own,fieldId).length)return own;
var sheet=manifest&&manifest.worksheets&&manifest.worksheets[worksheetId];
var found=null;
keptCopies(store).some(function(kept){
var answers=kept.copy.worksheets[worksheetId];
if(!A.isPlainObject(answers))return false;
if(sheet)answers=A.normaliseAnswers(manifest,sheet.fields,answers,"",{});
if(!valuesOf(answers,fieldId).length)return false;
found={answers:answers,kept:kept};
return true;
});
if(!found)return own;
note=document.createElement("p");
note.className="ws-recall__shared";
note.setAttribute("data-ws-recall-shared","");
var date=found.kept.at&&!isNaN(new Date(found.kept.at))?new Date(found.kept.at).toLocaleDateString(document.documentElement.lang||undefined):"";
note.textContent=found.kept.name?t("recall_shared",{name:found.kept.name,date:date}):t("recall_shared_unknown",{date:date});
box.querySelector(".ws-recall__title").insertAdjacentElement("afterend",note);
return found.answers;
}
window.wsSharedRecall={answersFor:answersFor,keptCopies:keptCopies,valuesOf:valuesOf};
})();
(function(){
"use strict";
var ui=window.wsUi;
var t=ui.t;
var HERE=document.currentScript?document.currentScript.src.replace(/[^/]*$/,""):"";
var CHARTS={lifeline:"events",network:"contacts",goals:"goals",closing:"goal-results"};
var CALENDAR_SOURCES=["agreement","meeting","goals"];
var loading={};
function load(name,done){
if(!loading[name]){
loading[name]={ready:false,waiting:[]};
var script=document.createElement("script");
script.src=HERE+name;
script.onload=function(){
loading[name].ready=true;
loading[name].waiting.forEach(function(callback){callback();});
};
document.head.appendChild(script);
}
if(loading[name].ready)done();else loading[name].waiting.push(done);
}
function mountCalendar(root,shown){
var worksheetId=root.getAttribute("data-ws-worksheet");
var buttons=root.querySelector(".ws-toolbar__buttons");
if(CALENDAR_SOURCES.indexOf(worksheetId)===-1||!buttons)return;
var button=document.createElement("button");
button.type="button";
button.className="md-button";
button.setAttribute("data-ws-action","calendar");
button.textContent=t("calendar_add");
buttons.appendChild(button);
var option=document.createElement("div");
option.className="ws-toolbar__option";
var select=document.createElement("select");
select.id="ws-calendar-reminder-"+worksheetId;
select.setAttribute("data-ws-calendar-reminder","");
[["day",t("calendar_reminder_day")],["week",t("calendar_reminder_week")],["none",t("calendar_reminder_none")]].forEach(function(pair){
var choice=document.createElement("option");
choice.value=pair[0];
choice.textContent=pair[1];
select.appendChild(choice);
});
var label=document.createElement("label");
label.htmlFor=select.id;
label.textContent=t("calendar_reminder")+" ";
option.appendChild(label);
option.appendChild(select);
buttons.parentNode.insertBefore(option,buttons.nextSibling);
button.addEventListener("click",function(){
load("calendar.bundle.js",function(){download(shown());});
});
function download(now){
var current=now.answers||{};
var blank=now.blank;
var ns=root.getAttribute("data-ws-namespace")||"tyouramentorointi";
var store=window.wsWorksheets&&window.wsWorksheets.createStore(ns);
var manifest=ui.manifest||{};
var answers={};
var titles={};
CALENDAR_SOURCES.forEach(function(id){
var spec=manifest.worksheets&&manifest.worksheets[id];
titles[id]=(spec&&spec.title)||id;
answers[id]=id===worksheetId?current:(!blank&&store&&store.readable()?store.readWorksheet(id,manifest).answers:{});
});
var rhythms={
"weekly":t("calendar_rhythm_weekly"),"every-two-weeks":t("calendar_rhythm_every_two_weeks"),
"every-three-weeks":t("calendar_rhythm_every_three_weeks"),"monthly":t("calendar_rhythm_monthly")
};
var items=window.wsIcs.agreedDates(answers,t,{namespace:ns,titles:titles,rhythms:rhythms});
var regions={alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")};
if(!items.length){ui.say(regions,t("calendar_nothing"),true);return;}
var text=window.wsIcs.write(items,{reminder:select.value,name:document.title});
ui.download(text,ns+"-"+ui.today()+".ics","text/calendar");
ui.say(regions,t("calendar_done",{count:items.length}),false);
}
}
document.querySelectorAll("[data-ws-worksheet]").forEach(function(root){
var shown=null;
root.addEventListener("ws:answers",function(event){shown=event.detail;});
var group=CHARTS[root.getAttribute("data-ws-worksheet")];
if(group&&root.querySelector('[data-ws-group="'+group+'"]')){
root.setAttribute("data-ws-chart-pending","");
load("charts.bundle.js",function(){window.wsChartDraw.mount(root,group,shown);});
}
mountCalendar(root,function(){return shown||{answers:{},blank:root.hasAttribute("data-ws-blank")};});
});
})();
(function(){
"use strict";
var SAVE_DELAY_MS=300;
var ui=window.wsUi;
var A=window.wsAnswers;
var F=window.wsFields;
var t=ui.t;
var manifest=ui.manifest||{worksheets:{},types:{},limits:{}};
var stores={};
function storeFor(namespace){
if(!stores[namespace])stores[namespace]=window.wsStorage.open(namespace);
return stores[namespace];
}
function loadStored(store,worksheetId){
return store.readWorksheet(worksheetId,manifest);
}
function topLevelFields(root){
return Array.prototype.filter.call(root.querySelectorAll("[data-ws-field]"),function(field){
return!field.closest("[data-ws-group]")&&field.getAttribute("data-ws-type")!=="signature";
});
}
function groupRows(group){
return Array.prototype.slice.call(group.querySelectorAll("[data-ws-rows] > [data-ws-row]"));
}
function numberRow(group,row,index){
var base=group.id||"ws-"+group.getAttribute("data-ws-group");
var pattern=new RegExp("^"+base.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")+"-\\d+-");
var replacement=base+"-"+index+"-";
row.setAttribute("data-ws-row",String(index));
row.querySelectorAll("[id], [for], [name], [aria-describedby]").forEach(function(el){
["id","for","name"].forEach(function(attr){
var value=el.getAttribute(attr);
if(value&&pattern.test(value))el.setAttribute(attr,value.replace(pattern,replacement));
});
var described=el.getAttribute("aria-describedby");
if(described){
el.setAttribute("aria-describedby",described.split(" ").map(function(id){return id.replace(pattern,replacement);}).join(" "));
}
});
var item=group.getAttribute("data-ws-item")||"";
var legend=row.querySelector(".ws-row__legend");
if(legend)legend.textContent=t("row_title",{item:item,number:index+1});
var remove=row.querySelector("[data-ws-remove]");
if(remove)remove.textContent=t("remove_row",{item:item,number:index+1});
}
function renumberRows(group){
var rows=groupRows(group);
rows.forEach(function(row,index){numberRow(group,row,index);});
rows.forEach(function(row){
var remove=row.querySelector("[data-ws-remove]");
if(remove)remove.hidden=rows.length<2;
});
var max=A.limitsOf(manifest).max_rows;
var add=group.querySelector("[data-ws-add]");
var full=typeof max==="number"&&rows.length>=max;
if(add){
add.disabled=full;
add.setAttribute("aria-describedby",full?group.id+"-limit":"");
if(!full)add.removeAttribute("aria-describedby");
}
var limit=group.querySelector("[data-ws-row-limit]");
if(full&&!limit){
limit=document.createElement("p");
limit.className="ws-group__limit";
limit.id=group.id+"-limit";
limit.setAttribute("data-ws-row-limit","");
limit.setAttribute("role","status");
if(add)add.insertAdjacentElement("afterend",limit);
else group.appendChild(limit);
}
if(limit){
limit.textContent=full?t("row_limit",{max:max,item:group.getAttribute("data-ws-item")||""}):"";
limit.hidden=!full;
}
}
function addRemoveButton(row){
if(row.querySelector("[data-ws-remove]"))return;
var button=document.createElement("button");
button.type="button";
button.className="md-button ws-row__remove";
button.setAttribute("data-ws-remove","");
row.appendChild(button);
}
function mountWorksheet(root){
var worksheetId=root.getAttribute("data-ws-worksheet");
var store=storeFor(root.getAttribute("data-ws-namespace")||"tyouramentorointi");
var spec=manifest.worksheets&&manifest.worksheets[worksheetId];
var groups=Array.prototype.slice.call(root.querySelectorAll("[data-ws-group]"));
var templates=new Map();
var saveTimer=null;
var blank=root.hasAttribute("data-ws-blank");
var base={};
var regions={alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")};
var undoBox=root.querySelector("[data-ws-undo]");
var undoAction=null;
var conflictShown={};
function kindFor(field){
return F.kindOf(field,manifest);
}
groups.forEach(function(group){
var first=groupRows(group)[0];
addRemoveButton(first);
var template=first.cloneNode(true);
template.querySelectorAll("input, textarea").forEach(function(input){
if(input.type==="radio"||input.type==="checkbox")input.checked=false;else input.value="";
});
templates.set(group,template);
var add=group.querySelector("[data-ws-add]");
if(add)add.hidden=false;
renumberRows(group);
});
function addRow(group,quiet){
var row=templates.get(group).cloneNode(true);
group.querySelector("[data-ws-rows]").appendChild(row);
if(quiet)return row;
renumberRows(group);
F.refresh(Array.prototype.slice.call(row.querySelectorAll("[data-ws-field]")),kindFor);
return row;
}
function readGroup(group){
return groupRows(group).map(function(row){
var values={};
row.querySelectorAll("[data-ws-field]").forEach(function(field){
values[field.getAttribute("data-ws-field")]=F.read(field,kindFor(field));
});
return values;
});
}
function writeGroup(group,rowsValue){
var values=Array.isArray(rowsValue)&&rowsValue.length?rowsValue:[{}];
group.querySelectorAll("[data-ws-removed]").forEach(function(old){old.remove();});
var rows=groupRows(group);
rows.slice(values.length).forEach(function(row){row.remove();});
for(var i=rows.length;i<values.length;i++)addRow(group,true);
renumberRows(group);
groupRows(group).forEach(function(row,index){
var rowValue=A.isPlainObject(values[index])?values[index]:{};
row.querySelectorAll("[data-ws-field]").forEach(function(field){
F.write(field,kindFor(field),rowValue[field.getAttribute("data-ws-field")]);
});
});
}
function collect(){
var answers={};
topLevelFields(root).forEach(function(field){
answers[field.getAttribute("data-ws-field")]=F.read(field,kindFor(field));
});
groups.forEach(function(group){answers[group.getAttribute("data-ws-group")]=readGroup(group);});
return answers;
}
function elementFor(id){
var group=groups.filter(function(g){return g.getAttribute("data-ws-group")===id;})[0];
if(group)return group;
return topLevelFields(root).filter(function(f){return f.getAttribute("data-ws-field")===id;})[0]||null;
}
function apply(answers,ids){
topLevelFields(root).forEach(function(field){
var id=field.getAttribute("data-ws-field");
if(!ids||ids.indexOf(id)!==-1)F.write(field,kindFor(field),answers[id]);
});
groups.forEach(function(group){
var id=group.getAttribute("data-ws-group");
if(!ids||ids.indexOf(id)!==-1)writeGroup(group,answers[id]);
});
F.refresh(Array.prototype.slice.call(root.querySelectorAll("[data-ws-field]")),kindFor);
announce();
}
function announce(){
root.dispatchEvent(new CustomEvent("ws:answers",{detail:{answers:collect(),blank:blank}}));
}
function showStorageState(){
var notice=root.querySelector("[data-ws-notice]");
var state=store.state();
if(notice){
var text=state==="blocked"?t("storage_unavailable"):t("saved_locally");
if(notice.textContent!==text)notice.textContent=text;
notice.classList.toggle("ws-notice--warning",state==="blocked");
}
if(state==="full")ui.say(regions,t("storage_full"),true);
else if(regions.alert&&regions.alert.getAttribute("data-ws-condition")==="full")ui.say(regions,"",true);
if(regions.alert)regions.alert.setAttribute("data-ws-condition",state==="full"?"full":"");
}
function saveNow(){
clearTimeout(saveTimer);
saveTimer=null;
root.removeAttribute("data-ws-saving");
announce();
if(blank||!store.readable()||store.state()==="blocked")return;
var stored=loadStored(store,worksheetId);
if(!stored.ok&&!stored.rescuedKey){showStorageState();return;}
var current=collect();
var merged=A.merge(stored.answers,base,current);
if(!merged.changed.length)return;
var outcome=store.write(worksheetId,JSON.stringify(A.makeRecord(merged.answers,stored.earlier)));
if(outcome==="ok"){
base=A.clone(merged.answers);
follow(stored.answers,merged.changed);
}
showStorageState();
}
function scheduleSave(){
root.setAttribute("data-ws-saving","");
clearTimeout(saveTimer);
saveTimer=setTimeout(saveNow,SAVE_DELAY_MS);
}
function follow(stored,skip){
var current=collect();
var incoming=A.changedIds(base,stored).filter(function(id){return!skip||skip.indexOf(id)===-1;});
var take=[];
incoming.forEach(function(id){
var element=elementFor(id);
var typing=element&&!A.sameValue(current[id],base[id]);
if(typing&&!A.sameValue(current[id],stored[id])){
if(!conflictShown[id]){
var label=element&&element.querySelector(".ws-field__label, .ws-group__legend");
ui.say(regions,t("changed_elsewhere",{field:label?label.textContent:id}),true);
conflictShown[id]=true;
}
return;
}
take.push(id);
base[id]=A.clone(stored[id]);
});
if(take.length)apply(stored,take);
}
function offerUndo(message,undo){
undoAction=undo;
if(!undoBox)return;
undoBox.querySelector("[data-ws-undo-text]").textContent=message;
undoBox.hidden=false;
undoBox.querySelector("[data-ws-action=undo]").focus();
}
function dropUndo(){
undoAction=null;
if(undoBox)undoBox.hidden=true;
}
function load(){
var record=blank?{ok:true,answers:{},earlier:{}}:loadStored(store,worksheetId);
if(!record.ok)ui.say(regions,t("storage_corrupted",{worksheets:(spec&&spec.title)||document.title}),true);
base=A.clone(record.answers);
apply(record.answers);
mountRecalls();
}
function mountRecalls(){
root.querySelectorAll("[data-ws-recall-worksheet]").forEach(function(box){
var answers=blank?{}:loadStored(store,box.getAttribute("data-ws-recall-worksheet")).answers;
if(!blank&&window.wsSharedRecall)answers=window.wsSharedRecall.answersFor(store,manifest,box,answers,t);
var fieldId=box.getAttribute("data-ws-recall-field");
var values=[];
Object.keys(answers).forEach(function(key){
var value=answers[key];
if(key===fieldId&&typeof value==="string")values.push(value);
if(Array.isArray(value)){
value.forEach(function(row){if(A.isPlainObject(row)&&typeof row[fieldId]==="string")values.push(row[fieldId]);});
}
});
values=values.filter(function(value){return value.trim()!=="";});
var list=box.querySelector(".ws-recall__list");
list.textContent="";
values.forEach(function(value){
var item=document.createElement("li");
item.textContent=value;
list.appendChild(item);
});
list.hidden=values.length===0;
box.querySelector(".ws-recall__empty").hidden=values.length>0;
});
}
function removeRow(group,row){
var rows=groupRows(group);
var index=rows.indexOf(row);
var hadText=Array.prototype.some.call(row.querySelectorAll("[data-ws-field]"),function(field){
return!A.isEmpty(F.read(field,kindFor(field)));
});
var item=group.getAttribute("data-ws-item")||"";
var removedText=t("row_removed",{item:t("row_title",{item:item,number:index+1})});
if(!hadText){
row.remove();
renumberRows(group);
var remaining=groupRows(group);
var focusRow=remaining[Math.min(index,remaining.length-1)];
var focusTarget=focusRow&&focusRow.querySelector("input, textarea");
(focusTarget||group.querySelector("[data-ws-add]")).focus();
ui.say(regions,removedText,false);
saveNow();
return;
}
var message=document.createElement("div");
message.className="ws-row-removed";
message.setAttribute("data-ws-removed","");
message.setAttribute("role","status");
var text=document.createElement("span");
text.textContent=removedText;
var undo=document.createElement("button");
undo.type="button";
undo.className="md-button ws-row-removed__undo";
undo.setAttribute("data-ws-undo-row","");
undo.textContent=t("undo_remove_row",{item:t("row_title",{item:item,number:index+1})});
undo.addEventListener("click",function(){
message.replaceWith(row);
renumberRows(group);
var first=row.querySelector("input, textarea");
if(first)first.focus();
saveNow();
});
message.appendChild(text);
message.appendChild(document.createTextNode(" "));
message.appendChild(undo);
row.replaceWith(message);
renumberRows(group);
undo.focus();
saveNow();
}
function clearWorksheet(){
clearTimeout(saveTimer);
saveTimer=null;
var before=collect();
var raw=store.raw(worksheetId);
store.write(worksheetId,null);
base={};
apply({});
ui.say(regions,"",false);
offerUndo(t("cleared"),function(){
if(raw!==null&&store.write(worksheetId,raw)==="ok"){
load();
}else{
apply(before);
saveNow();
}
dropUndo();
ui.say(regions,t("undone"),false);
var first=root.querySelector("[data-ws-field] input, [data-ws-field] textarea");
if(first)first.focus();
});
}
load();
showStorageState();
root.addEventListener("ws:refresh",function(){
if(saveTimer)saveNow();
blank=root.hasAttribute("data-ws-blank");
load();
});
function onEdit(event){
var field=event.target.closest&&event.target.closest("[data-ws-field]");
if(field){
F.refresh([field],kindFor);
F.lengthNotice(field,t);
var id=field.closest("[data-ws-group]")?field.closest("[data-ws-group]").getAttribute("data-ws-group"):field.getAttribute("data-ws-field");
conflictShown[id]=false;
}
scheduleSave();
announce();
}
root.addEventListener("input",onEdit);
root.addEventListener("change",onEdit);
window.addEventListener("pagehide",function(){if(saveTimer)saveNow();});
document.addEventListener("visibilitychange",function(){if(document.visibilityState==="hidden"&&saveTimer)saveNow();});
store.subscribe(function(change){
if(change.type==="state"){showStorageState();return;}
if(blank)return;
if(change.type==="worksheet"&&change.worksheet===worksheetId){
var stored=loadStored(store,worksheetId);
if(stored.ok)follow(stored.answers);
}else if(change.type==="worksheet"||change.key===null){
mountRecalls();
if(change.key===null)follow(loadStored(store,worksheetId).answers);
}
if(store.state()==="full"&&A.changedIds(base,collect()).length)saveNow();
});
root.addEventListener("click",function(event){
var target=event.target.closest("button");
if(!target||!root.contains(target))return;
var group=target.closest("[data-ws-group]");
if(target.hasAttribute("data-ws-add")&&group){
var max=A.limitsOf(manifest).max_rows;
if(typeof max==="number"&&groupRows(group).length>=max)return;
var row=addRow(group);
var first=row.querySelector("input, textarea");
if(first)first.focus();
scheduleSave();
announce();
}else if(target.hasAttribute("data-ws-remove")&&group){
removeRow(group,target.closest("[data-ws-row]"));
}
var action=target.getAttribute("data-ws-action");
if(action==="print"){
saveNow();
window.print();
}else if(action==="export"){
saveNow();
var stored=store.readable()?loadStored(store,worksheetId):{answers:{},earlier:{}};
var worksheets={};
worksheets[worksheetId]={answers:A.merge(stored.answers,base,collect()).answers,earlier:stored.earlier};
ui.download(JSON.stringify(A.makeFile(worksheets),null,2),"tyouramentorointi-"+worksheetId+"-"+ui.today()+".json","application/json");
}else if(action==="share"){
saveNow();
}else if(action==="clear"){
clearWorksheet();
}else if(action==="undo"&&undoAction){
undoAction();
}
});
var bilingual=root.querySelector("[data-ws-bilingual]");
if(bilingual){
bilingual.checked=store.getSetting("bilingual")===true;
document.documentElement.classList.toggle("ws-bilingual",bilingual.checked);
bilingual.addEventListener("change",function(){
document.documentElement.classList.toggle("ws-bilingual",bilingual.checked);
store.setSetting("bilingual",bilingual.checked);
});
}
window.addEventListener("beforeprint",function(){
F.refresh(Array.prototype.slice.call(root.querySelectorAll("[data-ws-field]")),kindFor);
});
root.querySelectorAll("[data-ws-toolbar]").forEach(function(el){el.hidden=false;});
}
document.querySelectorAll("[data-ws-worksheet]").forEach(mountWorksheet);
window.wsWorksheets={createStore:storeFor};
})();
(function(){
"use strict";
var SHARE_SCRIPT=document.currentScript?document.currentScript.src.replace(/[^/]*$/,"share.bundle.js"):"";
var SHARE_STYLES=SHARE_SCRIPT.replace(/javascripts\/share\.bundle\.js$/,"stylesheets/share.css");
var loading=null;
function load(){
if(window.wsShareDialog)return Promise.resolve();
if(!loading){
var styles=new Promise(function(resolve){
var link=document.createElement("link");
link.rel="stylesheet";
link.href=SHARE_STYLES;
link.onload=link.onerror=function(){resolve();};
document.head.appendChild(link);
});
var script=new Promise(function(resolve,reject){
var element=document.createElement("script");
element.src=SHARE_SCRIPT;
element.onload=function(){resolve();};
element.onerror=function(){loading=null;reject(new Error("share.bundle.js did not load"));};
document.head.appendChild(element);
});
loading=Promise.all([styles,script]).then(function(){});
}
return loading;
}
document.addEventListener("click",function(event){
var button=event.target.closest&&event.target.closest("[data-ws-action=share]");
if(!button)return;
var root=button.closest("[data-ws-worksheet], [data-ws-overview]");
var dialog=root&&root.querySelector("[data-ws-share-dialog]");
if(!dialog)return;
load().then(function(){window.wsShareDialog.open(dialog,root,button);},function(){
var alert=root.querySelector("[data-ws-alert]");
if(alert)window.wsUi.say({alert:alert,status:root.querySelector("[data-ws-status]")},window.wsUi.t("share_error_unavailable"),true);
});
});
})();
