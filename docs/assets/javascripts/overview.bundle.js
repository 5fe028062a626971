/* Built by scripts/bundle_js.js from ui.js, answers.js, answers-count.js, storage.js, overview.js, share-button.js (read those; edit those, then run `make js`). */
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
function add(more){
Object.keys(more||{}).forEach(function(key){strings[key]=String(more[key]);});
}
function today(){
return new Date().toISOString().slice(0,10);
}
function formatTime(iso){
var date=new Date(iso);
if(isNaN(date))return"";
return date.toLocaleString(document.documentElement.lang||undefined,{dateStyle:"short",timeStyle:"short"});
}
window.wsUi={json:json,t:t,add:add,say:say,download:download,today:today,formatTime:formatTime,manifest:json("ws-manifest")};
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
(function(root,factory){
"use strict";
var core=typeof module==="object"&&module.exports?require("./answers.js"):root.wsAnswers;
core.count=factory(core).count;
if(typeof module==="object"&&module.exports)module.exports=core;
})(typeof self!=="undefined"?self:this,function(A){
"use strict";
function count(manifest,worksheetId,answers){
var sheet=manifest.worksheets[worksheetId];
var filled=0,total=0;
Object.keys(sheet.fields).forEach(function(id){
var spec=sheet.fields[id];
if(spec.type==="group"){
var children=Object.keys(spec.fields);
var rows=Array.isArray(answers[id])?answers[id].filter(function(row){return!A.isEmpty(row);}):[];
total+=children.length*Math.max(rows.length,1);
rows.forEach(function(row){
children.forEach(function(child){if(!A.isEmpty(row[child]))filled+=1;});
});
}else{
total+=1;
if(!A.isEmpty(answers[id]))filled+=1;
}
});
return{filled:filled,total:total};
}
return{count:count};
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
var ui=window.wsUi;
var A=window.wsAnswers;
var t=ui.t;
var manifest=ui.manifest||{worksheets:{},types:{},limits:{}};
var IMPORT_SCRIPT=document.currentScript?document.currentScript.src.replace(/[^/]*$/,"import.bundle.js"):"";
function mountOverview(root){
var store=window.wsStorage.open(root.getAttribute("data-ws-namespace")||"tyouramentorointi");
var ids=Object.keys(manifest.worksheets);
var regions={alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")};
var importRegions={alert:root.querySelector("[data-ws-import-alert]"),status:root.querySelector("[data-ws-import-status]")};
var preview=root.querySelector("[data-ws-preview]");
var undoBox=root.querySelector("[data-ws-undo]");
var input=root.querySelector("[data-ws-import]");
var memoryUndo=null;
function title(id){
return manifest.worksheets[id]?manifest.worksheets[id].title:id;
}
function readAll(){
var all={};
ids.forEach(function(id){all[id]=store.readWorksheet(id,manifest);});
return all;
}
function refresh(){
var all=readAll();
var corrupted=[];
ids.forEach(function(id){
var row=root.querySelector('[data-ws-overview-row="'+id+'"]');
var record=all[id];
if(!record.ok)corrupted.push(title(id));
if(!row)return;
var counted=A.count(manifest,id,record.answers);
var earlier=A.earlierEntries(record.earlier).length;
var text=counted.filled?t("overview_filled_count",{filled:counted.filled,total:counted.total}):t("overview_never");
if(earlier)text+=" "+t("overview_earlier_count",{count:earlier});
row.querySelector("[data-ws-filled]").textContent=text;
var updated=record.updated&&(counted.filled||earlier)?new Date(record.updated):null;
row.querySelector("[data-ws-updated]").textContent=updated&&!isNaN(updated)?updated.toLocaleDateString(document.documentElement.lang||undefined):t("empty_value");
});
renderEarlier(all);
renderRescued();
showStorageState();
if(corrupted.length)ui.say(regions,t("storage_corrupted",{worksheets:corrupted.join(", ")}),true);
showBackupUndo();
}
function showStorageState(){
var notice=root.querySelector("[data-ws-notice]");
var state=store.state();
var text=state==="blocked"?t("storage_unavailable"):t("saved_locally");
if(notice&&notice.textContent!==text)notice.textContent=text;
if(notice)notice.classList.toggle("ws-notice--warning",state==="blocked");
if(state==="full")ui.say(regions,t("storage_full_overview"),true);
else if(regions.alert.getAttribute("data-ws-condition")==="full")ui.say(regions,"",true);
regions.alert.setAttribute("data-ws-condition",state==="full"?"full":"");
}
function earlierLabel(worksheetId,path){
var parts=path.split("#")[0].split(".");
var fields=manifest.worksheets[worksheetId]?manifest.worksheets[worksheetId].fields:{};
var group=parts.length===3&&fields[parts[0]];
if(group&&group.type==="group")return t("row_title",{item:group.item||group.label,number:parts[1]})+": "+parts[2];
if(parts.length===1&&fields[parts[0]])return(fields[parts[0]].label||parts[0]);
return parts.join(" ");
}
function valueText(value){
if(typeof value==="string")return value;
if(Array.isArray(value))return value.map(valueText).join(", ");
if(A.isPlainObject(value))return Object.keys(value).map(function(key){return key+": "+valueText(value[key]);}).join("\n");
return String(value);
}
function renderEarlier(all){
var section=root.querySelector("[data-ws-earlier]");
var list=root.querySelector("[data-ws-earlier-list]");
if(!section||!list)return;
list.textContent="";
var any=false;
ids.forEach(function(id){
var entries=A.earlierEntries(all[id].earlier);
if(!entries.length)return;
any=true;
var heading=document.createElement("h3");
heading.textContent=title(id);
var dl=document.createElement("dl");
dl.className="ws-earlier__list";
dl.setAttribute("data-ws-earlier-worksheet",id);
entries.forEach(function(entry){
var dt=document.createElement("dt");
dt.textContent=earlierLabel(id,entry.path);
var dd=document.createElement("dd");
dd.setAttribute("data-ws-earlier-path",entry.path);
var value=document.createElement("span");
value.className="ws-earlier__value";
value.textContent=valueText(entry.value);
var remove=document.createElement("button");
remove.type="button";
remove.className="md-button ws-earlier__delete";
remove.textContent=t("earlier_delete",{field:dt.textContent});
remove.addEventListener("click",function(){deleteEarlier(id,entry.path,dt.textContent);});
dd.appendChild(value);
dd.appendChild(remove);
dl.appendChild(dt);
dl.appendChild(dd);
});
list.appendChild(heading);
list.appendChild(dl);
});
section.hidden=!any;
}
function renderRescued(){
var section=root.querySelector("[data-ws-rescued]");
var list=root.querySelector("[data-ws-rescued-list]");
if(!section||!list)return;
var rescued=store.rescued();
list.textContent="";
rescued.forEach(function(entry){
var item=document.createElement("li");
item.setAttribute("data-ws-rescued-key",entry.key);
var text=document.createElement("span");
var stamp=/:(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})/.exec(entry.key);
text.textContent=title(entry.worksheet)+(stamp?" ("+ui.formatTime(stamp[1]+"T"+stamp[2]+":"+stamp[3]+":00Z")+")":"");
var save=document.createElement("button");
save.type="button";
save.className="md-button";
save.textContent=t("rescued_download");
save.addEventListener("click",function(){
ui.download(entry.text,"tyouramentorointi-damaged-"+entry.worksheet+"-"+ui.today()+".txt","text/plain");
});
var remove=document.createElement("button");
remove.type="button";
remove.className="md-button";
remove.textContent=t("rescued_delete");
remove.addEventListener("click",function(){
removeKeys([entry.key],t("rescued_deleted",{worksheet:title(entry.worksheet)}));
});
item.appendChild(text);
item.appendChild(document.createTextNode(" "));
item.appendChild(save);
item.appendChild(document.createTextNode(" "));
item.appendChild(remove);
list.appendChild(item);
});
section.hidden=rescued.length===0;
}
function offerUndo(message,undo,focus){
memoryUndo=undo;
undoBox.querySelector("[data-ws-undo-text]").textContent=message;
undoBox.hidden=false;
if(focus!==false)undoBox.querySelector("[data-ws-action=undo]").focus();
}
function dropUndo(){
memoryUndo=null;
undoBox.hidden=true;
}
function showBackupUndo(){
if(memoryUndo)return;
var backup=store.lastBackup();
if(!backup||backup.kind!=="import"){undoBox.hidden=true;return;}
offerUndo(t("undo_import_offer",{time:ui.formatTime(backup.taken)}),undoImport,false);
}
function undoImport(){
var outcome=store.restoreBackup();
dropUndo();
refresh();
if(outcome==="ok")ui.say(regions,t("import_undone"),false);
else ui.say(regions,outcome==="full"?t("storage_full_overview"):t("storage_unavailable"),true);
}
function removeKeys(keys,message){
var saved={};
keys.forEach(function(key){saved[key]=store.get(key);});
var failed=keys.filter(function(key){return store.set(key,null)!=="ok";});
refresh();
ui.say(regions,"",false);
if(failed.length)ui.say(regions,t("clear_incomplete",{count:failed.length}),true);
offerUndo(message,function(){
var bad=Object.keys(saved).filter(function(key){return saved[key]!==null&&store.set(key,saved[key])!=="ok";});
dropUndo();
refresh();
if(bad.length)ui.say(regions,t("storage_full_overview"),true);
else ui.say(regions,t("undone"),false);
});
}
function deleteEarlier(worksheetId,path,label){
var key=store.key(worksheetId);
var before=store.get(key);
var record=store.readWorksheet(worksheetId,manifest);
if(!record.ok)return;
var earlier=A.clone(record.earlier);
delete earlier[path];
var outcome=store.set(key,JSON.stringify(A.makeRecord(record.answers,earlier)));
refresh();
if(outcome!=="ok"){ui.say(regions,t("storage_unavailable"),true);return;}
offerUndo(t("earlier_deleted",{field:label}),function(){
store.set(key,before);
dropUndo();
refresh();
ui.say(regions,t("undone"),false);
});
}
function exportAll(){
var all=readAll();
var worksheets={};
ids.forEach(function(id){
var record=all[id];
if(!A.isEmpty(record.answers)||A.earlierEntries(record.earlier).length)worksheets[id]=record;
});
var text=JSON.stringify(A.makeFile(worksheets),null,2);
ui.download(text,"tyouramentorointi-all-"+ui.today()+".json","application/json");
var size=A.checkFileSize(manifest,new Blob([text]).size);
if(!size.ok)ui.say(regions,t("export_too_large",size.params),true);
}
function clearAll(){
var keys=store.keys();
removeKeys(keys,t("cleared_all"));
}
function importFile(file){
var context={
root:root,store:store,manifest:manifest,input:input,preview:preview,
title:title,readAll:readAll,refresh:refresh,offerUndo:offerUndo,undoImport:undoImport
};
if(window.wsImport){window.wsImport(context,file);return;}
var script=document.createElement("script");
script.src=IMPORT_SCRIPT;
script.onload=function(){window.wsImport(context,file);};
script.onerror=function(){ui.say(importRegions,t("import_error_read"),true);input.value="";};
document.head.appendChild(script);
}
root.addEventListener("click",function(event){
var target=event.target.closest("[data-ws-action]");
if(!target)return;
var action=target.getAttribute("data-ws-action");
if(action==="export-all")exportAll();
else if(action==="clear-all")clearAll();
else if(action==="undo"&&memoryUndo)memoryUndo();
});
input.addEventListener("change",function(){
var file=input.files&&input.files[0];
if(file)importFile(file);
});
store.subscribe(function(){refresh();});
root.querySelectorAll("[data-ws-toolbar]").forEach(function(el){el.hidden=false;});
refresh();
}
document.querySelectorAll("[data-ws-overview]").forEach(mountOverview);
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
