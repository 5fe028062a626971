/* Built by scripts/bundle_js.js from answers-import.js, import.js (read those; edit those, then run `make js`). */
(function(root,factory){
"use strict";
var core=typeof module==="object"&&module.exports?require("./answers-count.js"):root.wsAnswers;
var api=factory(core);
Object.keys(api).forEach(function(key){core[key]=api[key];});
if(typeof module==="object"&&module.exports)module.exports=core;
})(typeof self!=="undefined"?self:this,function(A){
"use strict";
function isRealDate(text){
var match=/^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
if(!match)return false;
var year=+match[1],month=+match[2],day=+match[3];
if(month<1||month>12||day<1)return false;
var days=[31,(year%4===0&&year%100!==0)||year%400===0?29:28,31,30,31,30,31,31,30,31,30,31];
return day<=days[month-1];
}
function megabytes(bytes){
return(Math.round(bytes/1048576*10)/10).toFixed(1);
}
function invalidReason(manifest,spec,value){
var kind=A.valueKind(manifest,spec);
if(kind==="group"){
if(!Array.isArray(value))return"import_reason_type";
if(value.length>A.limitsOf(manifest).max_rows)return"import_reason_rows";
for(var i=0;i<value.length;i++){
if(!A.isPlainObject(value[i]))return"import_reason_type";
var keys=Object.keys(value[i]);
for(var k=0;k<keys.length;k++){
var child=A.currentId(spec.fields,keys[k]);
if(child===null)continue;
var reason=invalidReason(manifest,spec.fields[child],value[i][keys[k]]);
if(reason)return reason;
}
}
return null;
}
if(kind==="multichoice"||kind==="choice"){
var items=Array.isArray(value)?value:[value];
if(kind==="choice"&&Array.isArray(value)&&value.length>1)return"import_reason_type";
for(var j=0;j<items.length;j++)if(typeof items[j]!=="string")return"import_reason_type";
return null;
}
if(typeof value!=="string")return"import_reason_type";
var max=A.maxLengthOf(manifest,spec);
if(max!==null&&value.length>max)return"import_reason_long";
if(kind==="date"&&value!==""&&!isRealDate(value))return"import_reason_date";
return null;
}
function refuse(reason,params){
return{ok:false,reason:reason,params:params||{}};
}
function checkFileSize(manifest,bytes){
var max=A.limitsOf(manifest).max_file_bytes;
if(typeof max==="number"&&bytes>max){
return refuse("import_error_size",{size:megabytes(bytes),max:megabytes(max)});
}
return{ok:true};
}
function validateFile(manifest,data){
if(!A.isPlainObject(data)||data.format!==A.FORMAT)return refuse("import_error_format");
var migrated=A.migrate(data,"file");
if(!migrated.ok)return migrated;
data=migrated.data;
if(!A.isPlainObject(data.worksheets))return refuse("import_error_format");
var ids=Object.keys(data.worksheets);
if(ids.length===0)return refuse("import_error_empty");
var fileEarlier=A.isPlainObject(data.earlier)?data.earlier:{};
var result={};
var earlierCount=0;
var fieldCount=0;
for(var i=0;i<ids.length;i++){
var id=ids[i];
if(!A.has(manifest.worksheets,id))return refuse("import_error_worksheet",{worksheet:A.shortId(id)});
var sheet=manifest.worksheets[id];
var answers=data.worksheets[id];
if(!A.isPlainObject(answers))return refuse("import_error_format");
if(A.has(fileEarlier,id)&&!A.isPlainObject(fileEarlier[id]))return refuse("import_error_format");
var fieldIds=Object.keys(answers);
for(var f=0;f<fieldIds.length;f++){
var target=A.currentId(sheet.fields,fieldIds[f]);
if(target===null)continue;
var reason=invalidReason(manifest,sheet.fields[target],answers[fieldIds[f]]);
if(reason)return refuse("import_error_field",{worksheet:sheet.title,field:A.shortId(fieldIds[f]),reason:reason});
}
var earlier=A.has(fileEarlier,id)?A.clone(fileEarlier[id]):{};
var known=Object.keys(earlier).length;
var normalised=A.normaliseAnswers(manifest,sheet.fields,answers,"",earlier);
earlierCount+=A.earlierEntries(earlier).length-known;
fieldCount+=A.count(manifest,id,normalised).filled;
result[id]={answers:normalised,earlier:earlier};
}
return{ok:true,worksheets:result,earlierCount:earlierCount,fieldCount:fieldCount};
}
function withinRowLimit(manifest,answers){
var max=A.limitsOf(manifest).max_rows;
return Object.keys(answers||{}).every(function(id){
return!Array.isArray(answers[id])||answers[id].length<=max;
});
}
function applyImport(stored,incoming,mode){
var result=mode==="replace"?{}:A.clone(stored||{});
Object.keys(incoming).forEach(function(id){
if(!A.isEmpty(incoming[id]))result[id]=A.clone(incoming[id]);
});
var changes=A.changedIds(stored||{},result).filter(function(id){
return A.has(stored,id)&&!A.isEmpty(stored[id]);
}).length;
return{answers:result,changes:changes};
}
return{
isRealDate:isRealDate,
megabytes:megabytes,
checkFileSize:checkFileSize,
validateFile:validateFile,
withinRowLimit:withinRowLimit,
applyImport:applyImport
};
});
(function(){
"use strict";
var ui=window.wsUi;
var A=window.wsAnswers;
var t=ui.t;
var state={pending:null,mounted:null};
function start(ctx,file){
var root=ctx.root;
var store=ctx.store;
var manifest=ctx.manifest;
var input=ctx.input;
var preview=ctx.preview;
var importRegions={alert:root.querySelector("[data-ws-import-alert]"),status:root.querySelector("[data-ws-import-status]")};
function sayImport(message,isError){
ui.say(importRegions,message,isError);
}
function refusalText(refusal){
var params=A.clone(refusal.params)||{};
if(params.reason)params.reason=t(params.reason);
return t(refusal.reason,params);
}
function showPreview(result,name){
var all=ctx.readAll();
state.pending={result:result,all:all};
preview.querySelector("[data-ws-preview-file]").textContent=t("import_preview_file",{file:name});
var list=preview.querySelector("[data-ws-preview-list]");
list.textContent="";
Object.keys(result.worksheets).forEach(function(id){
var item=document.createElement("li");
var counted=A.count(manifest,id,result.worksheets[id].answers);
item.textContent=t("import_preview_item",{worksheet:ctx.title(id),count:counted.filled});
list.appendChild(item);
});
var earlier=preview.querySelector("[data-ws-preview-earlier]");
earlier.textContent=result.earlierCount?t("import_warning_earlier",{count:result.earlierCount}):"";
earlier.hidden=!result.earlierCount;
preview.querySelector("[data-ws-import-mode][value=add]").checked=true;
updateChanges();
preview.hidden=false;
preview.querySelector("#ws-preview-title").focus();
}
function updateChanges(){
if(!state.pending)return;
var mode=preview.querySelector("[data-ws-import-mode]:checked").value;
var changes=0;
Object.keys(state.pending.result.worksheets).forEach(function(id){
changes+=A.applyImport(state.pending.all[id].answers,state.pending.result.worksheets[id].answers,mode).changes;
});
preview.querySelector("[data-ws-preview-changes]").textContent=changes?t("import_preview_changes",{count:changes}):t("import_preview_no_changes");
}
function closePreview(){
state.pending=null;
preview.hidden=true;
input.value="";
}
function confirmImport(){
if(!state.pending)return;
var mode=preview.querySelector("[data-ws-import-mode]:checked").value;
var result=state.pending.result;
var worksheetIds=Object.keys(result.worksheets);
var fresh=ctx.readAll();
if(store.state()==="blocked"||!store.readable()){sayImport(t("storage_unavailable"),true);return;}
store.backup("import",worksheetIds.map(function(id){return store.key(id);}));
for(var i=0;i<worksheetIds.length;i++){
var id=worksheetIds[i];
var current=fresh[id];
if(!current.ok&&!current.rescuedKey){store.restoreBackup();sayImport(t("storage_full_overview"),true);return;}
var incoming=result.worksheets[id];
var answers=A.applyImport(current.answers,incoming.answers,mode).answers;
var earlier=A.clone(current.earlier);
Object.keys(incoming.earlier).forEach(function(path){
var key=path;
for(var n=2;Object.prototype.hasOwnProperty.call(earlier,key)&&!A.sameValue(earlier[key],incoming.earlier[path]);n++)key=path+"#"+n;
earlier[key]=incoming.earlier[path];
});
if(store.write(id,JSON.stringify(A.makeRecord(answers,earlier)))!=="ok"){
store.restoreBackup();
closePreview();
ctx.refresh();
sayImport(store.state()==="full"?t("storage_full_overview"):t("storage_unavailable"),true);
input.focus();
return;
}
}
closePreview();
ctx.refresh();
var titles=worksheetIds.map(ctx.title).join(", ");
sayImport(t("import_done",{worksheets:titles})+(result.earlierCount?" "+t("import_warning_earlier",{count:result.earlierCount}):""),false);
ctx.offerUndo(t("undo_import_offer_now"),ctx.undoImport);
}
function readFile(file){
closePreview();
var size=A.checkFileSize(manifest,file.size);
if(!size.ok){sayImport(refusalText(size),true);return;}
var reader=new FileReader();
reader.onload=function(){
var data;
try{data=JSON.parse(String(reader.result));}catch(e){sayImport(t("import_error_read"),true);input.value="";return;}
var result=A.validateFile(manifest,data);
if(!result.ok){sayImport(refusalText(result),true);input.value="";return;}
sayImport("",false);
showPreview(result,file.name);
};
reader.onerror=function(){sayImport(t("import_error_read"),true);input.value="";};
reader.readAsText(file);
}
if(state.mounted!==root){
state.mounted=root;
root.addEventListener("click",function(event){
var target=event.target.closest("[data-ws-action]");
if(!target)return;
var action=target.getAttribute("data-ws-action");
if(action==="import-confirm")confirmImport();
else if(action==="import-cancel")cancel();
});
preview.addEventListener("change",updateChanges);
preview.addEventListener("keydown",function(event){
if(event.key==="Escape")cancel();
});
}
function cancel(){
closePreview();
sayImport(t("import_cancelled"),false);
input.focus();
}
readFile(file);
}
window.wsImport=start;
})();
