/* Built by scripts/bundle_js.js from language-links.js, embed.js (read those; edit those, then run `make js`). */
(function(){
"use strict";
var open=XMLHttpRequest.prototype.open;
var send=XMLHttpRequest.prototype.send;
var skipped=new WeakSet();
function isAlternateSitemap(url){
return/\/sitemap\.xml$/.test(String(url).split(/[?#]/)[0]);
}
XMLHttpRequest.prototype.open=function(method,url){
if(isAlternateSitemap(url))skipped.add(this);
return open.apply(this,arguments);
};
XMLHttpRequest.prototype.send=function(){
if(skipped.has(this))return undefined;
return send.apply(this,arguments);
};
})();
(function(){
"use strict";
var storageBlocked=(function guardStorage(){
try{
if(window.localStorage)return false;
}catch(e){}
var items={};
var memory={
volatile:true,
getItem:function(key){return Object.prototype.hasOwnProperty.call(items,key)?items[key]:null;},
setItem:function(key,value){items[key]=String(value);},
removeItem:function(key){delete items[key];},
clear:function(){items={};},
key:function(index){return Object.keys(items)[index]||null;},
get length(){return Object.keys(items).length;}
};
try{Object.defineProperty(window,"localStorage",{value:memory,configurable:true});}catch(e){}
return true;
})();
var KEY="tyouramentorointi:embed";
var MESSAGE="tyouramentorointi:height";
function remember(){
try{sessionStorage.setItem(KEY,"1");return true;}catch(e){return false;}
}
function remembered(){
try{return sessionStorage.getItem(KEY)==="1";}catch(e){return false;}
}
function forget(){
try{sessionStorage.removeItem(KEY);}catch(e){}
}
function framed(){
try{return window.self!==window.top;}catch(e){return true;}
}
var param=/(?:^|[?&])embed=([01])(?:&|$)/.exec(location.search);
if(param&&param[1]==="0"){forget();return;}
var asked=param!==null;
if(!asked&&!(framed()&&remembered()))return;
var stored=asked?remember():true;
document.documentElement.classList.add("embedded");
if(storageBlocked&&framed())document.documentElement.classList.add("embedded--no-storage");
function carryFlag(){
if(stored)return;
document.querySelectorAll("a[href]:not([data-embed-open])").forEach(function(link){
var url=new URL(link.getAttribute("href"),location.href);
if(url.origin!==location.origin||url.searchParams.has("embed"))return;
url.searchParams.set("embed","1");
link.setAttribute("href",url.href);
});
}
function reportHeight(){
if(window.parent===window)return;
window.parent.postMessage({type:MESSAGE,height:Math.ceil(document.documentElement.scrollHeight)},"*");
}
document.addEventListener("DOMContentLoaded",function(){
carryFlag();
reportHeight();
if(typeof ResizeObserver==="function")new ResizeObserver(reportHeight).observe(document.body);
});
window.addEventListener("load",reportHeight);
})();
