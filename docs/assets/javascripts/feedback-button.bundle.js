/* Built by scripts/bundle_js.js from feedback-button.js (read those; edit those, then run `make js`). */
(function(){
"use strict";
var HERE=document.currentScript?document.currentScript.src.replace(/[^/]*$/,""):"";
var loading=null;
function add(tag,attrs){
return new Promise(function(resolve,reject){
var element=document.createElement(tag);
Object.keys(attrs).forEach(function(name){element[name]=attrs[name];});
element.onload=function(){resolve();};
element.onerror=reject;
document.head.appendChild(element);
});
}
document.addEventListener("click",function(event){
var button=event.target.closest&&event.target.closest("[data-ws-action=export-feedback]");
if(!button)return;
if(!loading){
loading=Promise.all([
add("link",{rel:"stylesheet",href:HERE.replace(/javascripts\/$/,"stylesheets/share.css")}).catch(function(){}),
add("script",{src:HERE+"feedback.bundle.js"}),
add("script",{src:button.getAttribute("data-ws-feedback-src")})
]);
}
loading.then(function(){window.wsFeedbackDialog.open(button);},function(){
loading=null;
var root=button.closest("[data-ws-worksheet]");
window.wsUi.say({alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")},
button.getAttribute("data-ws-feedback-error"),true);
});
});
})();
