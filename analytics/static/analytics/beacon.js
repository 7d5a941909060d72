(function(){var n=navigator,d=document,b=d.body,s,u={},k=["utm_source","utm_medium","utm_campaign","utm_content","utm_term"],i,g="";
if(!b||!b.dataset.regioPage||!n.sendBeacon||n.doNotTrack=="1"||n.globalPrivacyControl)return;
try{s=sessionStorage;var q=new URLSearchParams(location.search);for(i=0;i<5;i++)if(q.get(k[i]))u[k[i]]=q.get(k[i]);
if(u.utm_campaign)s.setItem("regio-utm",JSON.stringify(u));else u=JSON.parse(s.getItem("regio-utm")||"{}");
if(b.dataset.regioGroup)s.setItem("regio-group",b.dataset.regioGroup);g=s.getItem("regio-group")||""}catch(e){}
var w=innerWidth,v=w<768?"mobile":w<1100?"tablet":"desktop";
function send(c){var p={p:+b.dataset.regioPage,d:v,l:n.language||"",u:u,r:d.referrer,g:g};if(c)p.c=c;n.sendBeacon(b.dataset.regioBeacon||"/a/",JSON.stringify(p))}
send();if(b.dataset.regioGoal)send(b.dataset.regioGoal);
d.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("[data-regio-goal]");if(a&&a!==b)send(a.dataset.regioGoal)})})();
