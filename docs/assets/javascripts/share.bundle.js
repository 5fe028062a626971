/* Built by scripts/bundle_js.js from share.js, shared-view.js, share-dialog.js (read those; edit those, then run `make js`). */
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
var S=window.wsShare;
var ui=window.wsUi;
var t=ui.t;
var manifest=ui.manifest||{worksheets:{}};
var mounted=typeof WeakMap==="function"?new WeakMap():null;
function supported(){
return typeof CompressionStream==="function"&&!!(window.crypto&&window.crypto.subtle);
}
function mount(dialog,root){
var store=window.wsStorage.open(root.getAttribute("data-ws-namespace")||"tyouramentorointi");
var single=root.getAttribute("data-ws-worksheet");
var list=dialog.querySelector("[data-ws-share-worksheets]");
var preview=dialog.querySelector("[data-ws-share-preview]");
var name=dialog.querySelector("[data-ws-share-name]");
var passphrase=dialog.querySelector("[data-ws-share-passphrase]");
var linkBox=dialog.querySelector("[data-ws-share-link-box]");
var linkField=dialog.querySelector("[data-ws-share-link]");
var lengthNote=dialog.querySelector("[data-ws-share-length]");
var regions={alert:dialog.querySelector("[data-ws-share-alert]"),status:dialog.querySelector("[data-ws-share-status]")};
var opener=null;
var busy=false;
function available(){
var out={};
var ids=single?[single]:Object.keys(manifest.worksheets||{});
ids.forEach(function(id){
var read=store.readWorksheet(id,manifest);
if(read.ok&&(!A.isEmpty(read.answers)||A.earlierEntries(read.earlier).length))out[id]={answers:read.answers,earlier:read.earlier};
});
return out;
}
function chosen(){
var all=available();
var out={};
list.querySelectorAll("input[type=checkbox]").forEach(function(box){
if(box.checked&&A.has(all,box.value))out[box.value]=all[box.value];
});
return out;
}
function fill(){
var all=available();
list.textContent="";
var ids=Object.keys(all);
if(!ids.length){
var none=document.createElement("p");
none.textContent=t("share_none");
list.appendChild(none);
}
ids.forEach(function(id){
var option=document.createElement("div");
option.className="ws-option";
var box=document.createElement("input");
box.type="checkbox";
box.className="ws-option__input";
box.id="ws-share-"+id;
box.value=id;
box.checked=true;
box.setAttribute("data-ws-share-worksheet",id);
var label=document.createElement("label");
label.className="ws-option__label";
label.htmlFor=box.id;
label.textContent=manifest.worksheets[id].title;
option.appendChild(box);
option.appendChild(label);
list.appendChild(option);
});
showPreview();
}
function showPreview(){
var copy=S.readCopy(manifest,S.makeCopy(chosen(),name.value));
if(copy.ok)window.wsSharedView.render(preview,manifest,copy,{level:3});
else preview.textContent=t("share_none");
linkBox.hidden=true;
linkField.value="";
}
function copyToSend(){
var worksheets=chosen();
if(!Object.keys(worksheets).length){ui.say(regions,t("share_error_nothing"),true);return null;}
return S.makeCopy(worksheets,name.value);
}
function run(action){
if(busy)return;
if(!supported()){ui.say(regions,t("share_error_unavailable"),true);return;}
var copy=copyToSend();
if(!copy)return;
busy=true;
if(passphrase.value)ui.say(regions,t("share_working"),false);
action(copy,passphrase.value).then(function(){busy=false;},function(){
busy=false;
ui.say(regions,t("share_error_unavailable"),true);
});
}
function makeLink(){
run(function(copy,secret){
return S.linkFragment(copy,secret).then(function(fragment){
var made=S.link(new URL(dialog.getAttribute("data-ws-shared-page")||"../shared/",location.href).href,fragment);
if(!made.fits){
linkBox.hidden=true;
linkField.value="";
ui.say(regions,t("share_link_too_long",{length:made.length,max:S.LINK_MAX}),true);
return;
}
linkField.value=made.url;
lengthNote.textContent=t("share_link_made",{length:made.length});
linkBox.hidden=false;
ui.say(regions,t("share_link_made",{length:made.length}),false);
linkField.focus();
linkField.select();
});
});
}
function makeFile(){
run(function(copy,secret){
return S.fileText(copy,secret).then(function(text){
var ids=copy.shared.worksheets;
var file="tyouramentorointi-shared-"+(ids.length===1?ids[0]+"-":"")+ui.today()+".json";
ui.download(text,file,"application/json");
ui.say(regions,t("share_file_made"),false);
});
});
}
function copyLink(){
linkField.focus();
linkField.select();
var done=function(){ui.say(regions,t("share_copied"),false);};
if(navigator.clipboard&&navigator.clipboard.writeText)navigator.clipboard.writeText(linkField.value).then(done,function(){});
}
dialog.addEventListener("click",function(event){
var target=event.target.closest("[data-ws-action]");
if(!target)return;
var action=target.getAttribute("data-ws-action");
if(action==="share-link")makeLink();
else if(action==="share-file")makeFile();
else if(action==="share-copy")copyLink();
else if(action==="share-close")dialog.close();
});
["input","change"].forEach(function(type){
dialog.addEventListener(type,function(event){
event.stopPropagation();
if(event.target.closest("[data-ws-share-worksheets]")||event.target===name)showPreview();
});
});
dialog.addEventListener("close",function(){
passphrase.value="";
if(opener&&document.contains(opener))opener.focus();
});
return{
show:function(button){
opener=button;
ui.say(regions,"",false);
fill();
if(typeof dialog.showModal==="function")dialog.showModal();else dialog.setAttribute("open","");
placeInFrame(dialog,button);
dialog.querySelector("#ws-share-title").focus();
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
function open(dialog,root,button){
var wired=mounted?mounted.get(dialog):dialog.wsShare;
if(!wired){
wired=mount(dialog,root);
if(mounted)mounted.set(dialog,wired);else dialog.wsShare=wired;
}
wired.show(button);
}
window.wsShareDialog={open:open};
})();
