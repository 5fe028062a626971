/* Built by scripts/bundle_js.js from search-on-demand.js (read those; edit those, then run `make js`). */
(function(){
"use strict";
if(!/^https?:$/.test(location.protocol))return;
var started=false;
var waiting=[];
function whenSearching(task){
if(started)task();
else waiting.push(task);
}
function start(){
if(started)return;
started=true;
waiting.splice(0).forEach(function(task){task();});
}
var open=XMLHttpRequest.prototype.open;
var send=XMLHttpRequest.prototype.send;
var held=new WeakSet();
XMLHttpRequest.prototype.open=function(method,url){
if(/\/search\/search_index\.json$/.test(String(url).split(/[?#]/)[0]))held.add(this);
else held.delete(this);
return open.apply(this,arguments);
};
XMLHttpRequest.prototype.send=function(){
var request=this;
var args=arguments;
if(!held.has(request))return send.apply(request,args);
whenSearching(function(){send.apply(request,args);});
return undefined;
};
var NativeWorker=window.Worker;
if(typeof NativeWorker==="function"&&typeof EventTarget==="function"){
window.Worker=function Worker(url,options){
if(!/\/workers\//.test(String(url)))return new NativeWorker(url,options);
return deferredWorker(url,options);
};
window.Worker.prototype=NativeWorker.prototype;
}
function deferredWorker(url,options){
var standIn=new EventTarget();
var queue=[];
var worker=null;
standIn.postMessage=function(message,transfer){
if(worker)worker.postMessage(message,transfer);
else queue.push([message,transfer]);
};
standIn.terminate=function(){
if(worker)worker.terminate();
queue=[];
};
whenSearching(function(){
worker=new NativeWorker(url,options);
["message","messageerror","error"].forEach(function(type){
worker.addEventListener(type,function(event){
standIn.dispatchEvent(type==="error"?new Event("error"):new MessageEvent(type,{data:event.data}));
});
});
queue.splice(0).forEach(function(item){worker.postMessage(item[0],item[1]);});
});
return standIn;
}
document.addEventListener("focusin",function(event){
if(event.target&&event.target.matches&&event.target.matches("[data-md-component=search-query]"))start();
});
document.addEventListener("change",function(event){
if(event.target&&event.target.id==="__search"&&event.target.checked)start();
});
if(new URLSearchParams(location.search).has("h"))start();
})();
