/* Built by scripts/bundle_js.js from feedback-button.js (read those; edit those, then run `make js`). */
(function(){
"use strict";
var HERE=document.currentScript?document.currentScript.src.replace(/[^/]*$/,""):"";
var loading=null;
function add(src){
return new Promise(function(resolve,reject){
var script=document.createElement("script");
script.src=src;
script.onload=resolve;
script.onerror=reject;
document.head.appendChild(script);
});
}
document.addEventListener("click",function(event){
var button=event.target.closest&&event.target.closest("[data-ws-action=export-feedback]");
if(!button)return;
loading=loading||Promise.all([add(HERE+"feedback.bundle.js"),add(button.getAttribute("data-ws-feedback-src"))]);
loading.then(function(){return window.wsFeedbackDialog.open(button);},function(){
loading=null;
var alert=button.closest("[data-ws-worksheet]").querySelector("[data-ws-alert]");
window.wsUi.say({alert:alert},button.getAttribute("data-ws-feedback-error"),true);
});
});
})();
