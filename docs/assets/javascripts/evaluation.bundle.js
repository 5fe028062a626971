/* Built by scripts/bundle_js.js from ui.js, answers.js, feedback.js, evaluation.js, evaluation-page.js (read those; edit those, then run `make js`). */
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
(function(root,factory){
"use strict";
var node=typeof module==="object"&&module.exports;
var api=factory(node?require("./answers.js"):root.wsAnswers,node?require("./feedback.js"):root.wsFeedback);
if(node)module.exports=api;
else root.wsEvaluation=api;
})(typeof self!=="undefined"?self:this,function(A,FB){
"use strict";
var DEFAULT_THRESHOLD=5;
var KEPT_FORMAT="tyouramentorointi-evaluation";
var KEPT_VERSION=1;
function createCollection(){
return{files:[],originals:[],ids:{}};
}
function addFile(collection,manifest,name,content){
var read=typeof content==="string"?FB.readFeedback(manifest,content):FB.checkFeedback(manifest,content);
if(!read.ok)return read;
if(A.has(collection.ids,read.file.id)){
return{ok:false,reason:"eval_error_duplicate",params:{other:collection.ids[read.file.id]}};
}
collection.ids[read.file.id]=name;
collection.files.push(read.file);
collection.originals.push(read.data);
return{ok:true,file:read.file};
}
function roundKey(round){
return FB.tidyRound(round).toLocaleLowerCase();
}
function rounds(files){
var found={};
files.forEach(function(file){
var key=roundKey(file.round);
if(!A.has(found,key))found[key]={key:key,label:file.round,count:0};
found[key].count+=1;
});
return Object.keys(found).sort().map(function(key){return found[key];});
}
function filterFiles(files,filter){
var role=(filter&&filter.role)||"";
var round=filter&&typeof filter.round==="string"?roundKey(filter.round):null;
return files.filter(function(file){
return(!role||file.role===role)&&(round===null||roundKey(file.round)===round);
});
}
function period(files){
var months=files.map(function(file){return file.month;}).filter(Boolean).sort();
return months.length?{from:months[0],to:months[months.length-1]}:null;
}
function median(values){
if(!values.length)return null;
var sorted=values.slice().sort(function(a,b){return a-b;});
var middle=Math.floor(sorted.length/2);
return sorted.length%2?sorted[middle]:(sorted[middle-1]+sorted[middle])/2;
}
function mean(values){
if(!values.length)return null;
var sum=0;
values.forEach(function(value){sum+=value;});
return Math.round(sum/values.length*100)/100;
}
function formatNumber(value,decimalMark,digits){
if(value===null||value===undefined)return"";
var text=digits===2?value.toFixed(2):String(Math.round(value*100)/100);
return decimalMark===","?text.replace(".",","):text;
}
function summariseQuestion(manifest,field,files,threshold){
var spec=field.spec;
var kind=field.open?"open":spec.type==="scale"?"scale":A.valueKind(manifest,spec);
var labels=A.isPlainObject(spec.option_labels)?A.clone(spec.option_labels):{};
if(kind==="scale"){
if(spec.min_label)labels["1"]="1 – "+spec.min_label;
if(spec.max_label)labels["5"]="5 – "+spec.max_label;
}
var options=A.optionsOf(manifest,spec).map(function(value){
return{value:value,label:A.has(labels,value)?labels[value]:value,count:0};
});
var n=0;
var numbers=[];
var texts=[];
files.forEach(function(file){
var value=file.answers[field.id];
if(A.isEmpty(value))return;
n+=1;
if(kind==="open"){texts.push(value);return;}
(Array.isArray(value)?value:[value]).forEach(function(item){
options.forEach(function(option){if(option.value===item)option.count+=1;});
});
if(kind==="scale")numbers.push(Number(value));
});
var suppressed=n<threshold;
return{
id:field.id,
label:spec.label||field.id,
type:spec.type,
kind:kind,
n:n,
suppressed:suppressed,
options:suppressed||kind==="open"?null:options,
median:suppressed||kind!=="scale"?null:median(numbers),
mean:suppressed||kind!=="scale"?null:mean(numbers),
texts:suppressed?[]:texts.sort()
};
}
function summarise(manifest,files,options){
var threshold=options&&options.threshold>0?options.threshold:DEFAULT_THRESHOLD;
var kept=filterFiles(files,options||{});
var worksheets=[];
Object.keys((manifest&&manifest.worksheets)||{}).forEach(function(worksheetId){
var own=kept.filter(function(file){return file.worksheet===worksheetId;});
if(!own.length)return;
worksheets.push({
id:worksheetId,
title:manifest.worksheets[worksheetId].title,
n:own.length,
questions:FB.aggregateFields(manifest,worksheetId).map(function(field){
return summariseQuestion(manifest,field,own,threshold);
})
});
});
return{n:kept.length,threshold:threshold,worksheets:worksheets};
}
function describe(question,t,threshold,decimalMark){
if(question.suppressed)return t("eval_suppressed",{threshold:threshold});
var parts=[t(question.n===1?"eval_chart_answers_one":"eval_chart_answers",{count:question.n})];
if(question.options){
parts.push(question.options.map(function(option){
return t("eval_chart_option",{option:option.label,count:option.count});
}).join(", ")+".");
}
if(question.kind==="scale"){
parts.push(t("eval_chart_scale",{median:formatNumber(question.median,decimalMark),mean:formatNumber(question.mean,decimalMark,2)}));
}
return parts.join(" ");
}
function csvCell(value,separator){
var text=value===null||value===undefined?"":String(value);
if(/^[=+\-@\t\r]/.test(text)&&!/^-?\d/.test(text))text="'"+text;
if(text.indexOf(separator)!==-1||/["\n\r]/.test(text))text='"'+text.replace(/"/g,'""')+'"';
return text;
}
function csv(summary,t,options){
var separator=options&&options.separator===";"?";":",";
var mark=separator===";"?",":".";
var rows=[[t("eval_csv_worksheet"),t("eval_csv_question_id"),t("eval_csv_question"),t("eval_csv_count"),
t("eval_csv_median"),t("eval_csv_mean"),t("eval_csv_distribution")]];
summary.worksheets.forEach(function(sheet){
sheet.questions.forEach(function(question){
var distribution=question.options?question.options.map(function(option){
return option.label+": "+option.count;
}).join(" | "):"";
rows.push([
sheet.title,question.id,question.label,
question.suppressed?t("eval_fewer_than",{threshold:summary.threshold}):question.n,
formatNumber(question.median,mark),formatNumber(question.mean,mark,2),distribution
]);
});
});
return"\ufeff"+rows.map(function(row){
return row.map(function(cell){return csvCell(cell,separator);}).join(separator);
}).join("\r\n")+"\r\n";
}
function makeKept(collection,now){
return{format:KEPT_FORMAT,version:KEPT_VERSION,kept:(now||new Date()).toISOString(),files:A.clone(collection.originals)};
}
function readKept(manifest,data,name){
if(!A.isPlainObject(data)||data.format!==KEPT_FORMAT||data.version!==KEPT_VERSION||!Array.isArray(data.files))return{ok:false};
var collection=createCollection();
var skipped=0;
data.files.forEach(function(file,index){
if(!addFile(collection,manifest,name||String(index+1),file).ok)skipped+=1;
});
return{ok:true,collection:collection,kept:typeof data.kept==="string"?data.kept:"",skipped:skipped};
}
return{
DEFAULT_THRESHOLD:DEFAULT_THRESHOLD,
KEPT_FORMAT:KEPT_FORMAT,
createCollection:createCollection,
addFile:addFile,
rounds:rounds,
roundKey:roundKey,
filterFiles:filterFiles,
period:period,
median:median,
mean:mean,
formatNumber:formatNumber,
summarise:summarise,
describe:describe,
csvCell:csvCell,
csv:csv,
makeKept:makeKept,
readKept:readKept
};
});
(function(){
"use strict";
var ui=window.wsUi;
var t=ui.t;
var E=window.wsEvaluation;
var FB=window.wsFeedback;
var SVG="http://www.w3.org/2000/svg";
var BATCH=50;
var CHART={width:440,row:40,bar:14,label:16,countRoom:40};
function el(tag,className,text){
var element=document.createElement(tag);
if(className)element.className=className;
if(text!==undefined)element.textContent=text;
return element;
}
function svg(tag,attrs){
var element=document.createElementNS(SVG,tag);
Object.keys(attrs).forEach(function(name){element.setAttribute(name,String(attrs[name]));});
return element;
}
function readText(file){
if(file.size>FB.MAX_BYTES)return Promise.resolve({ok:false,reason:"eval_error_size",params:{max:Math.round(FB.MAX_BYTES/1024)}});
var reading=typeof file.text==="function"?file.text():new Promise(function(resolve,reject){
var reader=new FileReader();
reader.onload=function(){resolve(reader.result);};
reader.onerror=function(){reject(reader.error);};
reader.readAsText(file);
});
return reading.then(function(text){return{ok:true,text:text};},function(){return{ok:false,reason:"eval_error_read",params:{}};});
}
function mount(root){
var manifest=ui.manifest||{};
var lang=document.documentElement.lang||"en";
var decimalMark=(1.5).toLocaleString(lang).charAt(1)===","?",":".";
var threshold=parseInt(root.getAttribute("data-ws-threshold"),10)||E.DEFAULT_THRESHOLD;
var storageKey=(root.getAttribute("data-ws-namespace")||"tyouramentorointi")+":evaluation";
var input=root.querySelector("[data-ws-evaluation-files]");
var drop=root.querySelector("[data-ws-eval-drop]");
var progress=root.querySelector("[data-ws-eval-progress]");
var regions={alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")};
var skippedBox=root.querySelector("[data-ws-eval-skipped-box]");
var skippedList=root.querySelector("[data-ws-eval-skipped]");
var roleSelect=root.querySelector("[data-ws-eval-role]");
var roundSelect=root.querySelector("[data-ws-eval-round]");
var periodInput=root.querySelector("[data-ws-eval-period]");
var results=root.querySelector("[data-ws-eval-results]");
var none=root.querySelector("[data-ws-eval-none]");
var forget=root.querySelector("[data-ws-action=evaluation-forget]");
var collection=E.createCollection();
var periodWritten=false;
var busy=false;
function filter(){
return{role:roleSelect.value,round:roundSelect.value==="*"?null:roundSelect.value,threshold:threshold};
}
function formatMonth(month){
var date=new Date(Number(month.slice(0,4)),Number(month.slice(5,7))-1,1);
return date.toLocaleDateString(lang,{month:"numeric",year:"numeric"});
}
function fillRounds(){
var chosen=roundSelect.value;
while(roundSelect.options.length>1)roundSelect.remove(1);
E.rounds(collection.files).forEach(function(round){
var option=el("option","",round.key?round.label:t("eval_round_none"));
option.value=round.key;
roundSelect.appendChild(option);
});
roundSelect.value=chosen;
if(roundSelect.value!==chosen)roundSelect.value="*";
}
function fillHead(){
if(!periodWritten){
var months=E.period(collection.files);
periodInput.value=!months?"":months.from===months.to?formatMonth(months.from):formatMonth(months.from)+"–"+formatMonth(months.to);
}
root.querySelector("[data-ws-eval-period-shown]").textContent=periodInput.value;
var role=roleSelect.options[roleSelect.selectedIndex].textContent;
var round=roundSelect.options[roundSelect.selectedIndex].textContent;
root.querySelector("[data-ws-eval-made]").textContent=t("eval_filter_shown",{role:role,round:round})+" "+
t("eval_report_made",{date:new Date().toLocaleDateString(lang),threshold:threshold});
}
function chart(question,id){
var chartWidth=Math.max(240,Math.min(CHART.width,results.clientWidth||CHART.width));
var height=question.options.length*CHART.row+4;
var most=Math.max.apply(null,question.options.map(function(option){return option.count;}).concat([1]));
var room=chartWidth-CHART.countRoom;
var picture=svg("svg",{
"class":"ws-eval-chart",role:"img",width:chartWidth,height:height,
viewBox:"0 0 "+chartWidth+" "+height,"aria-labelledby":id+"-title "+id+"-desc","data-ws-eval-chart":""
});
var title=svg("title",{id:id+"-title"});
title.textContent=question.label;
var desc=svg("desc",{id:id+"-desc"});
desc.textContent=E.describe(question,t,threshold,decimalMark);
picture.appendChild(title);
picture.appendChild(desc);
question.options.forEach(function(option,index){
var top=index*CHART.row;
var label=svg("text",{x:0,y:top+CHART.label-2,"class":"ws-eval-chart__label"});
label.textContent=option.label;
var width=Math.round(option.count/most*room);
var bar=svg("rect",{x:0,y:top+CHART.label+2,width:Math.max(width,option.count?2:0),height:CHART.bar,"class":"ws-eval-chart__bar"});
var count=svg("text",{x:width+6,y:top+CHART.label+CHART.bar,"class":"ws-eval-chart__count"});
count.textContent=String(option.count);
var base=svg("line",{x1:0,x2:0,y1:top+CHART.label,y2:top+CHART.label+CHART.bar+4,"class":"ws-eval-chart__axis"});
[label,bar,count,base].forEach(function(part){picture.appendChild(part);});
});
return picture;
}
function table(question,headingId){
var box=el("table","ws-eval-table");
box.setAttribute("aria-labelledby",headingId);
var head=el("thead");
var headRow=el("tr");
["eval_table_option","eval_table_count","eval_table_share"].forEach(function(key){
var th=el("th","",t(key));
th.scope="col";
headRow.appendChild(th);
});
head.appendChild(headRow);
box.appendChild(head);
var body=el("tbody");
question.options.forEach(function(option){
var row=el("tr");
var th=el("th","",option.label);
th.scope="row";
row.appendChild(th);
row.appendChild(el("td","",String(option.count)));
row.appendChild(el("td","",Math.round(option.count/question.n*100)+" %"));
body.appendChild(row);
});
box.appendChild(body);
return box;
}
function questionBox(worksheetId,question){
var id="ws-eval-"+worksheetId+"-"+question.id;
var box=el("article","ws-eval-question");
box.setAttribute("data-ws-eval-worksheet",worksheetId);
box.setAttribute("data-ws-eval-question",question.id);
box.setAttribute("data-n",question.suppressed?"suppressed":String(question.n));
if(question.kind==="scale"){
box.setAttribute("data-median",question.suppressed?"":String(question.median));
box.setAttribute("data-mean",question.suppressed?"":question.mean.toFixed(2));
}
var heading=el("h4","ws-eval-question__title",question.label);
heading.id=id;
box.appendChild(heading);
var count=question.suppressed?t("eval_fewer_than",{threshold:threshold}):String(question.n);
box.appendChild(el("p","ws-eval-question__count",t("eval_answers",{count:count})));
if(question.suppressed){
box.appendChild(el("p","ws-eval-question__suppressed",t("eval_suppressed",{threshold:threshold})));
return box;
}
if(question.kind==="scale"){
box.appendChild(el("p","ws-eval-question__figures",t("eval_median")+" "+E.formatNumber(question.median,decimalMark)+
" · "+t("eval_mean")+" "+E.formatNumber(question.mean,decimalMark,2)));
}
if(question.options){
var figure=el("div","ws-eval-question__figure");
var scroll=el("div","ws-eval-question__chart");
scroll.tabIndex=0;
scroll.setAttribute("role","group");
scroll.setAttribute("aria-labelledby",id);
scroll.appendChild(chart(question,id));
figure.appendChild(scroll);
figure.appendChild(table(question,id));
box.appendChild(figure);
}else if(question.texts.length){
var details=el("details","ws-eval-question__open");
details.appendChild(el("summary","",t("eval_open_answers",{count:question.texts.length})));
var list=el("ul");
question.texts.forEach(function(text){list.appendChild(el("li","",text));});
details.appendChild(list);
box.appendChild(details);
}
return box;
}
function render(){
var summary=E.summarise(manifest,collection.files,filter());
results.textContent="";
summary.worksheets.forEach(function(sheet){
var section=el("section","ws-eval-sheet");
section.setAttribute("data-ws-eval-sheet",sheet.id);
var heading=el("h3","",sheet.title);
heading.id="ws-eval-sheet-"+sheet.id;
section.setAttribute("aria-labelledby",heading.id);
section.appendChild(heading);
var count=sheet.n<threshold?t("eval_fewer_than",{threshold:threshold}):String(sheet.n);
section.appendChild(el("p","ws-eval-sheet__count",t("eval_respondents",{count:count})));
sheet.questions.forEach(function(question){section.appendChild(questionBox(sheet.id,question));});
results.appendChild(section);
});
none.hidden=summary.worksheets.length>0;
fillHead();
root.setAttribute("data-ws-eval-files-read",String(collection.files.length));
return summary;
}
function skip(name,refusal){
var params={};
Object.keys(refusal.params||{}).forEach(function(key){params[key]=refusal.params[key];});
params.name=name;
skippedList.appendChild(el("li","",t(refusal.reason,params)));
skippedBox.hidden=false;
}
function readFiles(list){
var files=Array.prototype.slice.call(list||[]);
if(!files.length||busy)return Promise.resolve();
busy=true;
root.setAttribute("data-ws-eval-state","reading");
progress.max=files.length;
progress.value=0;
progress.hidden=false;
ui.say(regions,t("eval_reading",{done:0,total:files.length}),false);
var texts=[];
var before=collection.files.length;
var skipped=0;
var ignored=0;
function batch(start){
if(start>=files.length)return Promise.resolve();
return Promise.all(files.slice(start,start+BATCH).map(readText)).then(function(read){
texts=texts.concat(read);
progress.value=texts.length;
ui.say(regions,t("eval_reading",{done:texts.length,total:files.length}),false);
return new Promise(function(resolve){setTimeout(resolve,0);});
}).then(function(){return batch(start+BATCH);});
}
return batch(0).then(function(){
texts.forEach(function(read,index){
var name=files[index].name;
var added=read.ok?E.addFile(collection,manifest,name,read.text):read;
if(added.ok)ignored+=added.file.ignored;
else{skipped+=1;skip(name,added);}
});
fillRounds();
render();
var message=t("eval_read_done",{added:collection.files.length-before,total:collection.files.length});
if(ignored)message+=" "+t("eval_ignored",{count:ignored});
if(skipped)ui.say(regions,message+" "+t("eval_read_skipped",{count:skipped}),true);
else ui.say(regions,message,false);
}).then(function(){
progress.hidden=true;
busy=false;
input.value="";
root.setAttribute("data-ws-eval-state","ready");
});
}
function keep(){
try{
window.localStorage.setItem(storageKey,JSON.stringify(E.makeKept(collection)));
forget.hidden=false;
ui.say(regions,t("eval_kept"),false);
}catch(e){
ui.say(regions,t("eval_keep_failed"),true);
}
}
function showKept(){
var stored=null;
try{stored=window.localStorage.getItem(storageKey);}catch(e){return;}
if(!stored)return;
var kept;
try{kept=E.readKept(manifest,JSON.parse(stored),t("eval_kept_name"));}catch(e){kept={ok:false};}
forget.hidden=false;
if(!kept.ok)return;
collection=kept.collection;
fillRounds();
render();
ui.say(regions,t("eval_kept_shown",{time:ui.formatTime(kept.kept)}),false);
}
input.addEventListener("change",function(){readFiles(input.files);});
drop.addEventListener("dragover",function(event){
event.preventDefault();
drop.classList.add("ws-eval__drop--over");
});
drop.addEventListener("dragleave",function(){drop.classList.remove("ws-eval__drop--over");});
drop.addEventListener("drop",function(event){
event.preventDefault();
drop.classList.remove("ws-eval__drop--over");
readFiles(event.dataTransfer&&event.dataTransfer.files);
});
[roleSelect,roundSelect].forEach(function(select){select.addEventListener("change",render);});
periodInput.addEventListener("input",function(){
periodWritten=periodInput.value.trim()!=="";
fillHead();
});
root.addEventListener("click",function(event){
var button=event.target.closest("button[data-ws-action]");
if(!button)return;
var action=button.getAttribute("data-ws-action");
if(action==="evaluation-csv"){
var separator=root.querySelector("[data-ws-eval-semicolon]").checked?";":",";
var text=E.csv(E.summarise(manifest,collection.files,filter()),t,{separator:separator});
ui.download(text,"tyouramentorointi-evaluation-"+ui.today()+".csv","text/csv;charset=utf-8");
ui.say(regions,t("eval_csv_done"),false);
}else if(action==="evaluation-print"){
window.print();
}else if(action==="evaluation-keep"){
keep();
}else if(action==="evaluation-forget"){
try{window.localStorage.removeItem(storageKey);}catch(e){}
forget.hidden=true;
ui.say(regions,t("eval_forgotten"),false);
}else if(action==="evaluation-clear"){
collection=E.createCollection();
skippedList.textContent="";
skippedBox.hidden=true;
periodWritten=false;
fillRounds();
render();
ui.say(regions,t("eval_cleared"),false);
}
});
window.addEventListener("beforeprint",function(){
fillHead();
results.querySelectorAll("details").forEach(function(details){details.open=true;});
});
showKept();
if(!collection.files.length)fillHead();
root.querySelectorAll("[data-ws-toolbar]").forEach(function(element){element.hidden=false;});
root.setAttribute("data-ws-eval-state","ready");
}
document.querySelectorAll("[data-ws-evaluation]").forEach(mount);
})();
