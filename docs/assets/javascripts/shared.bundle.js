/* Built by scripts/bundle_js.js from ui.js, answers.js, storage.js, share.js, shared-view.js, shared-recall.js, lazy.js, shared-page.js (read those; edit those, then run `make js`). */
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
(function(root,factory){
"use strict";
var core=typeof module==="object"&&module.exports?require("./answers.js"):root.wsAnswers;
var api=factory(core,root);
if(typeof module==="object"&&module.exports)module.exports=api;
else root.wsShare=api;
})(typeof self!=="undefined"?self:this,function(A,root){
"use strict";
var LINK_PREFIX="s1";
var LINK_MAX=8000;
var ITERATIONS=600000;
var ITERATIONS_MIN=100000;
var ITERATIONS_MAX=10000000;
var COMPRESSION="deflate-raw";
var NAME_MAX=100;
function toBase64url(bytes){
var binary="";
for(var i=0;i<bytes.length;i+=0x8000)binary+=String.fromCharCode.apply(null,bytes.subarray(i,i+0x8000));
return btoa(binary).replace(/\+/g,"-").replace(/\//g,"_").replace(/=+$/,"");
}
function fromBase64url(text){
if(typeof text!=="string"||!/^[A-Za-z0-9_-]*$/.test(text)||text.length%4===1)return null;
var binary;
try{binary=atob(text.replace(/-/g,"+").replace(/_/g,"/"));}catch(e){return null;}
var bytes=new Uint8Array(binary.length);
for(var i=0;i<binary.length;i++)bytes[i]=binary.charCodeAt(i);
return bytes;
}
function pipe(bytes,stream){
var writer=stream.writable.getWriter();
writer.write(bytes).catch(function(){});
writer.close().catch(function(){});
return new Response(stream.readable).arrayBuffer().then(function(buffer){return new Uint8Array(buffer);});
}
function compress(text){
return pipe(new TextEncoder().encode(text),new CompressionStream(COMPRESSION));
}
function decompress(bytes){
return pipe(bytes,new DecompressionStream(COMPRESSION)).then(function(out){
return new TextDecoder("utf-8",{fatal:true}).decode(out);
});
}
function subtle(){
var c=(root&&root.crypto)||(typeof globalThis!=="undefined"&&globalThis.crypto);
if(!c||!c.subtle)throw new Error("Web Crypto unavailable");
return c.subtle;
}
function randomBytes(length){
var c=(root&&root.crypto)||globalThis.crypto;
return c.getRandomValues(new Uint8Array(length));
}
function deriveKey(passphrase,salt,iterations){
var s=subtle();
return s.importKey("raw",new TextEncoder().encode(passphrase.normalize("NFC")),"PBKDF2",false,["deriveKey"]).then(function(base){
return s.deriveKey({name:"PBKDF2",hash:"SHA-256",salt:salt,iterations:iterations},base,
{name:"AES-GCM",length:256},false,["encrypt","decrypt"]);
});
}
function encrypt(bytes,passphrase,iterations){
var rounds=iterations||ITERATIONS;
var salt=randomBytes(16);
var iv=randomBytes(12);
return deriveKey(passphrase,salt,rounds).then(function(key){
return subtle().encrypt({name:"AES-GCM",iv:iv},key,bytes);
}).then(function(data){
return{iterations:rounds,salt:salt,iv:iv,data:new Uint8Array(data)};
});
}
function decrypt(sealed,passphrase){
return deriveKey(passphrase,sealed.salt,sealed.iterations).then(function(key){
return subtle().decrypt({name:"AES-GCM",iv:sealed.iv},key,sealed.data);
}).then(function(plain){return new Uint8Array(plain);},function(){
throw refusal("share_error_passphrase");
});
}
function refusal(reason,params){
return{ok:false,reason:reason,params:params||{}};
}
function makeCopy(worksheets,name,now){
var when=now||new Date();
var copy=A.makeFile(worksheets,when);
copy.shared={name:String(name||"").trim().slice(0,NAME_MAX),at:when.toISOString(),worksheets:Object.keys(worksheets)};
return copy;
}
function readCopy(manifest,data){
if(!A.isPlainObject(data)||data.format!==A.FORMAT)return refusal("share_error_not_shared");
if(!A.isPlainObject(data.shared))return refusal("share_error_not_shared");
if(typeof data.version==="number"&&data.version>A.VERSION){
return refusal("share_error_version",{version:data.version,supported:A.VERSION});
}
if(data.shared.locked)return refusal("share_error_locked");
var migrated=A.migrate(data,"file");
if(!migrated.ok)return refusal("share_error_damaged");
data=migrated.data;
if(!A.isPlainObject(data.worksheets))return refusal("share_error_damaged");
var fileEarlier=A.isPlainObject(data.earlier)?data.earlier:{};
var worksheets={};
var unknown={};
Object.keys(data.worksheets).forEach(function(id){
var answers=A.isPlainObject(data.worksheets[id])?data.worksheets[id]:{};
var earlier=A.isPlainObject(fileEarlier[id])?A.clone(fileEarlier[id]):{};
if(manifest&&manifest.worksheets&&A.has(manifest.worksheets,id)){
worksheets[id]={answers:A.normaliseAnswers(manifest,manifest.worksheets[id].fields,answers,"",earlier),earlier:earlier};
}else{
Object.keys(answers).forEach(function(field){if(!A.isEmpty(answers[field]))earlier[field]=A.clone(answers[field]);});
unknown[id]=earlier;
}
});
Object.keys(fileEarlier).forEach(function(id){
if(!A.has(data.worksheets,id)&&A.isPlainObject(fileEarlier[id]))unknown[id]=A.clone(fileEarlier[id]);
});
if(!Object.keys(worksheets).length&&!Object.keys(unknown).length)return refusal("share_error_empty");
var at=typeof data.shared.at==="string"&&!isNaN(new Date(data.shared.at))?data.shared.at:null;
var name=typeof data.shared.name==="string"?data.shared.name.slice(0,NAME_MAX):"";
return{ok:true,name:name,at:at,worksheets:worksheets,unknown:unknown};
}
function fileText(copy,passphrase){
var json=JSON.stringify(copy,null,2);
if(!passphrase)return Promise.resolve(json);
return compress(JSON.stringify(copy)).then(function(bytes){return encrypt(bytes,passphrase);}).then(function(sealed){
return JSON.stringify({
format:A.FORMAT,version:A.VERSION,shared:{locked:true},
locked:{cipher:"AES-GCM",kdf:"PBKDF2",hash:"SHA-256",compression:COMPRESSION,iterations:sealed.iterations,
salt:toBase64url(sealed.salt),iv:toBase64url(sealed.iv),data:toBase64url(sealed.data)}
},null,2);
});
}
function linkFragment(copy,passphrase){
return compress(JSON.stringify(copy)).then(function(bytes){
if(!passphrase)return LINK_PREFIX+".z."+toBase64url(bytes);
return encrypt(bytes,passphrase).then(function(sealed){
return[LINK_PREFIX,"k",sealed.iterations,toBase64url(sealed.salt),toBase64url(sealed.iv),toBase64url(sealed.data)].join(".");
});
});
}
function isLinkFragment(fragment){
return String(fragment||"").replace(/^#/,"").indexOf(LINK_PREFIX+".")===0;
}
function sealedLooksRight(iterations,salt,iv,data){
return typeof iterations==="number"&&iterations%1===0&&iterations>=ITERATIONS_MIN&&iterations<=ITERATIONS_MAX&&
!!salt&&salt.length>=16&&!!iv&&iv.length===12&&!!data&&data.length>16;
}
function parse(text){
var source=String(text||"").trim();
if(isLinkFragment(source)){
var parts=source.replace(/^#/,"").split(".");
if(parts[1]==="z"&&parts.length===3){
var bytes=fromBase64url(parts[2]);
if(!bytes||!bytes.length)return refusal("share_error_damaged");
return{ok:true,locked:false,compressed:bytes};
}
if(parts[1]==="k"&&parts.length===6){
var iterations=/^\d+$/.test(parts[2])?Number(parts[2]):NaN;
var sealed={iterations:iterations,salt:fromBase64url(parts[3]),iv:fromBase64url(parts[4]),data:fromBase64url(parts[5])};
if(!sealedLooksRight(sealed.iterations,sealed.salt,sealed.iv,sealed.data))return refusal("share_error_damaged");
return{ok:true,locked:true,sealed:sealed};
}
return refusal("share_error_damaged");
}
var data;
try{data=JSON.parse(source);}catch(e){return refusal("share_error_file");}
if(A.isPlainObject(data)&&data.format===A.FORMAT&&A.isPlainObject(data.shared)&&data.shared.locked){
if(typeof data.version==="number"&&data.version>A.VERSION){
return refusal("share_error_version",{version:data.version,supported:A.VERSION});
}
var l=A.isPlainObject(data.locked)?data.locked:{};
var box={iterations:l.iterations,salt:fromBase64url(l.salt),iv:fromBase64url(l.iv),data:fromBase64url(l.data)};
if(l.cipher!=="AES-GCM"||l.kdf!=="PBKDF2"||l.hash!=="SHA-256"||l.compression!==COMPRESSION||
!sealedLooksRight(box.iterations,box.salt,box.iv,box.data))return refusal("share_error_damaged");
return{ok:true,locked:true,sealed:box};
}
return{ok:true,locked:false,data:data};
}
function inflateJson(bytes){
return decompress(bytes).then(function(text){return JSON.parse(text);}).catch(function(){
throw refusal("share_error_damaged");
});
}
function open(manifest,text,passphrase){
var parsed=parse(text);
if(!parsed.ok)return Promise.resolve(parsed);
var json;
if(parsed.locked){
if(!passphrase)return Promise.resolve(refusal("share_error_need_passphrase"));
json=decrypt(parsed.sealed,passphrase).then(inflateJson);
}else if(parsed.compressed)json=inflateJson(parsed.compressed);
else json=Promise.resolve(parsed.data);
return json.then(function(data){
var result=readCopy(manifest,data);
if(result.ok)result.copy=data;
return result;
},function(error){
return error&&error.reason?error:refusal("share_error_damaged");
});
}
function link(pageUrl,fragment){
var url=String(pageUrl).replace(/#.*$/,"")+"#"+fragment;
return{url:url,length:url.length,fits:url.length<=LINK_MAX};
}
return{
LINK_MAX:LINK_MAX,
ITERATIONS:ITERATIONS,
toBase64url:toBase64url,
fromBase64url:fromBase64url,
compress:compress,
decompress:decompress,
encrypt:encrypt,
decrypt:decrypt,
makeCopy:makeCopy,
readCopy:readCopy,
fileText:fileText,
linkFragment:linkFragment,
isLinkFragment:isLinkFragment,
parse:parse,
open:open,
link:link
};
});
(function(){
"use strict";
var A=window.wsAnswers;
var ui=window.wsUi;
var t=ui.t;
function el(tag,className,text){
var node=document.createElement(tag);
if(className)node.className=className;
if(text!==undefined)node.textContent=text;
return node;
}
function valueText(manifest,spec,value){
var labels=spec&&A.isPlainObject(spec.option_labels)?spec.option_labels:{};
if(Array.isArray(value)){
return value.map(function(item){return valueText(manifest,spec,item);}).filter(Boolean).join(", ");
}
if(A.isPlainObject(value)){
return Object.keys(value).map(function(key){return key+": "+valueText(manifest,null,value[key]);}).join("\n");
}
if(typeof value==="string"&&A.has(labels,value))return String(labels[value]);
return value===null||value===undefined?"":String(value);
}
function fieldList(manifest,fields,answers,level){
var list=el("dl","ws-shared__fields");
Object.keys(fields).forEach(function(id){
var spec=fields[id];
var value=answers[id];
if(A.isEmpty(value))return;
list.appendChild(el("dt","ws-shared__label",spec.label||id));
var dd=el("dd","ws-shared__value");
if(A.valueKind(manifest,spec)==="group"&&Array.isArray(value)){
value.forEach(function(row,index){
if(A.isEmpty(row)||!A.isPlainObject(row))return;
dd.appendChild(el("h"+Math.min(level,6),"ws-shared__row",t("row_title",{item:spec.item||spec.label||id,number:index+1})));
dd.appendChild(fieldList(manifest,spec.fields||{},row,level+1));
});
}else dd.textContent=valueText(manifest,spec,value);
list.appendChild(dd);
});
return list;
}
function earlierList(earlier,level){
var entries=A.earlierEntries(earlier);
if(!entries.length)return null;
var box=el("div","ws-shared__earlier");
box.appendChild(el("h"+Math.min(level,6),"ws-shared__earlier-title",t("shared_earlier")));
var list=el("dl","ws-shared__fields");
entries.forEach(function(entry){
list.appendChild(el("dt","ws-shared__label",entry.path));
list.appendChild(el("dd","ws-shared__value",valueText(null,null,entry.value)));
});
box.appendChild(list);
return box;
}
function byline(opened){
var date=opened.at?new Date(opened.at).toLocaleDateString(document.documentElement.lang||undefined):"";
return opened.name?t("shared_by",{name:opened.name,date:date}):t("shared_by_unknown",{date:date});
}
function render(container,manifest,opened,options){
var level=(options&&options.level)||2;
container.textContent="";
var sheets=manifest.worksheets||{};
Object.keys(sheets).filter(function(id){return A.has(opened.worksheets,id);}).forEach(function(id){
var section=el("section","ws-shared__worksheet");
section.setAttribute("data-ws-shared-worksheet",id);
section.appendChild(el("h"+level,"ws-shared__title",sheets[id].title));
if(options&&options.links&&sheets[id].page){
var link=el("a","ws-shared__link",t("shared_open_worksheet"));
var urls=ui.json("ws-page-urls")||{};
link.href=A.has(urls,sheets[id].page)?urls[sheets[id].page]:"../"+sheets[id].page+"/";
section.appendChild(link);
}
section.appendChild(fieldList(manifest,sheets[id].fields,opened.worksheets[id].answers,level+1));
var earlier=earlierList(opened.worksheets[id].earlier,level+1);
if(earlier)section.appendChild(earlier);
container.appendChild(section);
});
Object.keys(opened.unknown||{}).forEach(function(id){
var section=el("section","ws-shared__worksheet");
section.setAttribute("data-ws-shared-worksheet",id);
section.appendChild(el("h"+level,"ws-shared__title",t("shared_unknown_worksheet",{worksheet:A.shortId(id)})));
var earlier=earlierList(opened.unknown[id],level+1);
if(earlier)section.appendChild(earlier);
container.appendChild(section);
});
}
window.wsSharedView={render:render,byline:byline};
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
var HERE=document.currentScript?document.currentScript.src.replace(/[^/]*$/,""):"";
var scripts={};
function load(names,done){
var left=names.length;
var failed=false;
names.forEach(function(name){
if(!scripts[name]){
var entry=scripts[name]={state:"loading",waiting:[]};
var script=document.createElement("script");
script.src=HERE+name;
script.onload=script.onerror=function(event){
entry.state=event.type==="load"?"ready":"failed";
if(entry.state==="failed")delete scripts[name];
entry.waiting.splice(0).forEach(function(callback){callback(entry.state==="ready");});
};
document.head.appendChild(script);
}
var wait=function(ok){
failed=failed||!ok;
if(--left===0)done(!failed);
};
if(scripts[name].state==="ready")wait(true);else scripts[name].waiting.push(wait);
});
}
window.wsLazy={load:load};
})();
(function(){
"use strict";
var A=window.wsAnswers;
var S=window.wsShare;
var ui=window.wsUi;
var t=ui.t;
var manifest=ui.manifest||{worksheets:{}};
function mountShared(root){
var store=window.wsStorage.open(root.getAttribute("data-ws-namespace")||"tyouramentorointi");
var regions={alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")};
var input=root.querySelector("[data-ws-open-shared]");
var unlockBox=root.querySelector("[data-ws-shared-unlock]");
var passphrase=root.querySelector("[data-ws-share-passphrase]");
var copyBox=root.querySelector("[data-ws-shared-copy]");
var keepButton=root.querySelector("[data-ws-action=shared-keep]");
var keptBox=root.querySelector("[data-ws-shared-kept-box]");
var keptList=root.querySelector("[data-ws-shared-kept]");
var undoBox=root.querySelector("[data-ws-undo]");
var pending=null;
var shown=null;
var undoAction=null;
function show(result){
if(!result.ok){
if(result.reason==="share_error_need_passphrase"){
unlockBox.hidden=false;
passphrase.focus();
}
ui.say(regions,t(result.reason,result.params),true);
return;
}
pending=null;
unlockBox.hidden=true;
passphrase.value="";
shown=result.copy;
window.wsSharedView.render(root.querySelector("[data-ws-shared-view]"),manifest,result,{level:3,links:true});
drawPictures(root.querySelector("[data-ws-shared-view]"),result);
root.querySelector("[data-ws-shared-by]").textContent=window.wsSharedView.byline(result);
copyBox.hidden=false;
keepButton.hidden=!!keptKeyOf(shown);
var titles=Object.keys(manifest.worksheets).filter(function(id){return A.has(result.worksheets,id);})
.map(function(id){return manifest.worksheets[id].title;}).concat(Object.keys(result.unknown).map(A.shortId));
ui.say(regions,t("shared_opened",{worksheets:titles.join(", ")}),false);
root.querySelector("[data-ws-shared-by]").focus();
}
function drawPictures(view,opened){
var ids=["lifeline","network","goals"].filter(function(id){return A.has(opened.worksheets,id);});
if(!ids.length)return;
var copy=shown;
var files=["charts.bundle.js","ui-charts."+(document.documentElement.lang||"fi")+".js"];
window.wsLazy.load(files,function(ok){
if(!ok||shown!==copy)return;
var answers={};
Object.keys(opened.worksheets).forEach(function(id){answers[id]=opened.worksheets[id].answers;});
ids.forEach(function(id){
var section=view.querySelector('[data-ws-shared-worksheet="'+id+'"]');
var place=document.createElement("div");
place.className="ws-shared__picture";
if(window.wsChartDraw.drawCopy(place,id,answers[id],answers))section.querySelector(".ws-shared__fields").before(place);
});
});
}
function openText(text){
if(typeof CompressionStream!=="function"||!(window.crypto&&window.crypto.subtle)){
ui.say(regions,t("share_error_unavailable"),true);
return;
}
S.open(manifest,text).then(function(result){
if(!result.ok&&result.reason==="share_error_need_passphrase")pending=text;
show(result);
});
}
function unlock(){
if(pending===null)return;
S.open(manifest,pending,passphrase.value).then(function(result){
if(!result.ok&&result.reason==="share_error_passphrase"){
passphrase.select();
ui.say(regions,t("share_error_passphrase"),true);
return;
}
show(result);
});
}
function keptKeyOf(copy){
var text=JSON.stringify(copy);
var same=window.wsSharedRecall.keptCopies(store).filter(function(kept){return JSON.stringify(kept.copy)===text;});
return same.length?same[0].key:null;
}
function keep(){
if(!shown||keptKeyOf(shown))return;
var key=store.namespace+":shared:"+new Date().toISOString().replace(/[:.]/g,"-");
for(var n=2;store.get(key)!==null;n++)key=key.replace(/(~\d+)?$/,"~"+n);
if(store.set(key,JSON.stringify({kept:new Date().toISOString(),copy:shown}))!=="ok"){
ui.say(regions,t("share_error_storage"),true);
return;
}
keepButton.hidden=true;
ui.say(regions,t("shared_kept"),false);
listKept();
}
function listKept(){
var kept=window.wsSharedRecall.keptCopies(store);
keptList.textContent="";
kept.forEach(function(entry){
var item=document.createElement("li");
item.setAttribute("data-ws-shared-kept-item",entry.key);
var read=S.readCopy(manifest,entry.copy);
var text=document.createElement("span");
var titles=read.ok?Object.keys(manifest.worksheets).filter(function(id){return A.has(read.worksheets,id);})
.map(function(id){return manifest.worksheets[id].title;}):[];
text.textContent=window.wsSharedView.byline({name:entry.name,at:entry.at})+(titles.length?": "+titles.join(", "):"");
item.appendChild(text);
[["shared_show","shared-show"],["shared_remove","shared-remove"]].forEach(function(pair){
var button=document.createElement("button");
button.type="button";
button.className="md-button";
button.textContent=t(pair[0]);
button.setAttribute("data-ws-action",pair[1]);
button.setAttribute("data-ws-key",entry.key);
button.setAttribute("aria-label",t(pair[0])+": "+text.textContent);
item.appendChild(button);
});
keptList.appendChild(item);
});
root.querySelector("[data-ws-shared-kept-none]").hidden=kept.length>0;
keptBox.hidden=false;
}
function remove(key){
var saved=store.get(key);
if(saved===null)return;
store.set(key,null);
listKept();
if(shown&&!keptKeyOf(shown))keepButton.hidden=false;
undoAction=function(){
store.set(key,saved);
undoBox.hidden=true;
undoAction=null;
listKept();
if(shown)keepButton.hidden=!!keptKeyOf(shown);
ui.say(regions,t("undone"),false);
};
undoBox.querySelector("[data-ws-undo-text]").textContent=t("shared_removed");
undoBox.hidden=false;
undoBox.querySelector("[data-ws-action=undo]").focus();
}
root.addEventListener("click",function(event){
var target=event.target.closest("[data-ws-action]");
if(!target)return;
var action=target.getAttribute("data-ws-action");
if(action==="shared-keep")keep();
else if(action==="shared-print")window.print();
else if(action==="shared-remove")remove(target.getAttribute("data-ws-key"));
else if(action==="undo"&&undoAction)undoAction();
else if(action==="shared-show"){
var kept=window.wsSharedRecall.keptCopies(store).filter(function(entry){return entry.key===target.getAttribute("data-ws-key");})[0];
if(kept)openText(JSON.stringify(kept.copy));
}
});
unlockBox.addEventListener("submit",function(event){
event.preventDefault();
unlock();
});
input.addEventListener("change",function(){
var file=input.files&&input.files[0];
if(!file)return;
var size=A.limitsOf(manifest).max_file_bytes;
if(typeof size==="number"&&file.size>size){ui.say(regions,t("share_error_file"),true);return;}
var reader=new FileReader();
reader.onload=function(){openText(String(reader.result));};
reader.onerror=function(){ui.say(regions,t("share_error_file"),true);};
reader.readAsText(file);
input.value="";
});
store.subscribe(function(){listKept();});
root.querySelectorAll("[data-ws-toolbar]").forEach(function(el){el.hidden=false;});
listKept();
readFragment();
window.addEventListener("hashchange",readFragment);
function readFragment(){
if(!S.isLinkFragment(location.hash))return;
var fragment=location.hash.slice(1);
try{history.replaceState(history.state,"",location.pathname+location.search);}catch(e){location.hash="";}
openText(fragment);
}
}
document.querySelectorAll("[data-ws-shared]").forEach(mountShared);
})();
