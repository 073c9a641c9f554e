import{A as e,C as t,D as n,E as r,F as i,I as a,L as o,N as s,O as ee,P as c,V as l,a as te,b as u,d as ne,f as re,g as d,h as f,i as ie,j as ae,k as p,l as oe,n as se,o as ce,t as le,u as ue,v as de,w as fe,z as m}from"./certinomis-order.js";import{B as h,D as pe,E as g,F as me,I as _,J as he,M as v,N as y,O as b,P as ge,R as _e,S as ve,W as ye,a as x,c as be,f as xe,i as S,n as Se,p as C,s as Ce,t as we,x as Te,y as Ee,z as De}from"./machine-controller-BF4Oo3xO.js";import{n as Oe,t as w}from"./date-time-BFDi2-xS.js";var T=Object.defineProperty,ke=(e,t)=>{let n={};for(var r in e)T(n,r,{get:e[r],enumerable:!0});return t||T(n,Symbol.toStringTag,{value:`Module`}),n};function Ae(e){return{email:e.email??``,order:e.order??null,link:e.link??null,attempt:e.attempt??null,session:e.session??null,account:null,notice:null,failure:null}}function E(e){return typeof e==`object`&&e&&`status`in e&&typeof e.status==`number`&&`fields`in e?e:{status:0,message:null,fields:{},retryAfter:null}}var D=e=>typeof e==`object`&&!!e&&`accessToken`in e;function O(e){if(typeof e==`string`)return e===`boot`?`login`:e;if(typeof e==`object`&&e){let[t,n]=Object.entries(e)[0]??[`login`,null];return t===`dashboard`?n===`all`?`dashboardAll`:`dashboard`:t}return`login`}function k(e){return x(async()=>{throw Error(`${e} not provided`)})}var je=Se({types:{context:{},events:{},input:{}},actors:{startLogin:k(`startLogin`),pollLogin:k(`pollLogin`),verifyLogin:k(`verifyLogin`),register:k(`register`),verifyEmail:k(`verifyEmail`),requestReset:k(`requestReset`),confirmReset:k(`confirmReset`),denyLogin:k(`denyLogin`),loadAccount:k(`loadAccount`),logout:k(`logout`)},delays:{pollInterval:2e3},guards:{linkIs:({context:e},t)=>e.link?.kind===t,hasSession:({context:e})=>e.session!==null,hasAttempt:({context:e})=>e.attempt!==null},actions:{clearMessages:S({notice:null,failure:null}),notify:S({notice:(e,t)=>t}),forgetSession:S({session:null,account:null}),forgetAttempt:S({attempt:null}),forgetLink:S({link:null}),rememberEmail:S({email:({context:e,event:t})=>`email`in t&&typeof t.email==`string`?t.email.trim():e.email})}}).createMachine({id:`space`,context:({input:e})=>Ae(e),initial:`boot`,states:{boot:{always:[{guard:{type:`linkIs`,params:`verify`},target:`verifyingEmail`},{guard:{type:`linkIs`,params:`login`},target:`verifyingLink`},{guard:{type:`linkIs`,params:`reset`},target:`resetPassword`},{guard:{type:`linkIs`,params:`deny`},target:`denyLogin`},{guard:{type:`linkIs`,params:`revocation`},target:`revocation`},{guard:`hasSession`,target:`dashboard`},{guard:`hasAttempt`,target:`awaitingLink`},{target:`login`}]},login:{initial:`idle`,exit:`clearMessages`,on:{"space.showRegister":`register`,"space.showForgot":`forgotPassword`},states:{idle:{on:{"space.login":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`startLogin`,input:({event:e})=>e.type===`space.login`?{email:e.email,password:e.password}:{email:``,password:``},onDone:{target:`#space.awaitingLink`,actions:S({attempt:({event:e})=>e.output})},onError:{target:`idle`,actions:S({failure:({event:e})=>E(e.error)})}}}}},awaitingLink:{initial:`polling`,exit:`clearMessages`,on:{"space.showLogin":{target:`login`,actions:`forgetAttempt`}},states:{polling:{invoke:{src:`pollLogin`,input:({context:e})=>({loginAttemptId:e.attempt?.loginAttemptId??``}),onDone:[{guard:({event:e})=>D(e.output),target:`#space.dashboard`,actions:[S({session:({event:e})=>e.output}),`forgetAttempt`]},{target:`waiting`}],onError:[{guard:({event:e})=>E(e.error).status===404,target:`#space.login`,actions:[`forgetAttempt`,{type:`notify`,params:`loginExpired`}]},{guard:({event:e})=>E(e.error).status===403,target:`#space.login`,actions:[`forgetAttempt`,{type:`notify`,params:`loginDenied`}]},{target:`waiting`}]}},waiting:{after:{pollInterval:`polling`}}}},verifyingLink:{tags:`busy`,exit:`forgetLink`,invoke:{src:`verifyLogin`,input:({context:e})=>({token:e.link?.token??``,loginAttemptId:e.attempt?.loginAttemptId??null}),onDone:[{guard:({event:e})=>D(e.output),target:`dashboard`,actions:[S({session:({event:e})=>e.output}),`forgetAttempt`]},{target:`approved`}],onError:{target:`linkInvalid`,actions:S({failure:({event:e})=>E(e.error)})}}},approved:{on:{"space.showLogin":`login`}},linkInvalid:{exit:`clearMessages`,on:{"space.showLogin":`login`}},register:{initial:`idle`,exit:`clearMessages`,on:{"space.showLogin":`login`},states:{idle:{on:{"space.register":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`register`,input:({event:e})=>e.type===`space.register`?{email:e.email,password:e.password}:{email:``,password:``},onDone:`#space.registered`,onError:{target:`idle`,actions:S({failure:({event:e})=>E(e.error)})}}}}},registered:{on:{"space.showLogin":`login`}},verifyingEmail:{tags:`busy`,exit:`forgetLink`,invoke:{src:`verifyEmail`,input:({context:e})=>({token:e.link?.token??``}),onDone:{target:`login`,actions:{type:`notify`,params:`emailVerified`}},onError:{target:`login`,actions:{type:`notify`,params:`verifyLinkInvalid`}}}},forgotPassword:{initial:`idle`,exit:`clearMessages`,on:{"space.showLogin":`login`},states:{idle:{on:{"space.requestReset":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`requestReset`,input:({event:e})=>({email:e.type===`space.requestReset`?e.email:``}),onDone:`#space.resetRequested`,onError:{target:`idle`,actions:S({failure:({event:e})=>E(e.error)})}}}}},resetRequested:{on:{"space.showLogin":`login`}},resetPassword:{initial:`idle`,exit:[`clearMessages`,`forgetLink`],on:{"space.showLogin":`login`,"space.showForgot":`forgotPassword`},states:{idle:{on:{"space.confirmReset":{target:`submitting`,actions:`clearMessages`}}},submitting:{tags:`busy`,invoke:{src:`confirmReset`,input:({context:e,event:t})=>({token:e.link?.token??``,password:t.type===`space.confirmReset`?t.password:``}),onDone:{target:`#space.login`,actions:[`forgetSession`,`forgetAttempt`,{type:`notify`,params:`passwordChanged`}]},onError:{target:`idle`,actions:S({failure:({event:e})=>E(e.error)})}}}}},denyLogin:{initial:`idle`,exit:[`clearMessages`,`forgetLink`],on:{"space.showLogin":`login`},states:{idle:{on:{"space.confirmDeny":{target:`submitting`,actions:`clearMessages`}}},submitting:{tags:`busy`,invoke:{src:`denyLogin`,input:({context:e})=>({token:e.link?.token??``}),onDone:`#space.loginDenied`,onError:{target:`idle`,actions:S({failure:({event:e})=>E(e.error)})}}}}},loginDenied:{on:{"space.showLogin":`login`,"space.showForgot":`forgotPassword`}},revocation:{exit:`forgetLink`,on:{"space.showLogin":`boot`}},dashboard:{initial:`overview`,invoke:{src:`loadAccount`,input:({context:e})=>({accessToken:e.session?.accessToken??``}),onDone:{actions:S({account:({event:e})=>e.output})},onError:{guard:({event:e})=>E(e.error).status===401,target:`login`,actions:[`forgetSession`,{type:`notify`,params:`sessionExpired`}]}},on:{"space.logout":`loggingOut`,"space.sessionExpired":{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`sessionExpired`}]}},states:{overview:{on:{"space.showAll":`all`}},all:{on:{"space.showOverview":`overview`}}}},loggingOut:{tags:`busy`,invoke:{src:`logout`,input:({context:e})=>({accessToken:e.session?.accessToken??``}),onDone:{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`loggedOut`}]},onError:{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`loggedOut`}]}}}}}),Me=[{locale:`fr`,name:`Français`},{locale:`en`,name:`English`}];function Ne(e,t,n){return m`<div class="lang">
<label for="language">${t}</label>
<select
id="language"
part="language"
@change=${e=>n(e.target.value===`en`?`en`:`fr`)}
>
${Me.map(t=>m`<option
value=${t.locale}
lang=${t.locale}
?selected=${t.locale===e}
>
${t.name}
</option>`)}
</select>
</div>`}function Pe(e){return m`<div class="account" role="group" aria-label=${e.label}>
<p>${e.who}</p>
<button type="button" part="logout" ?disabled=${e.busy} @click=${e.onLogout}>
${e.logout}
</button>
</div>`}var Fe={"space.title":`Espace client {name}`,"space.language":u.language,"space.loading":`Chargement…`,"space.required":u.required,"space.errors":u.errors,"space.errors.one":u.errorsOne,"space.network":u.network,"space.failed":u.failed,"space.throttled":`Trop de tentatives… réessayez dans {n} s.`,"space.backToLogin":`Retour à la connexion`,"space.toLogin":`Se connecter`,"field.email":`Adresse e-mail`,"field.password":`Mot de passe`,"field.newPassword":`Nouveau mot de passe`,"password.show":`Afficher le mot de passe`,"login.heading":`Connexion`,"login.intro":`Connectez-vous pour suivre vos commandes et compléter vos dossiers de certificats.`,"login.secondFactor":`La connexion se fait par un second facteur qui est un lien reçu par mail : après votre mot de passe, cliquez sur le lien de l’e-mail que nous vous envoyons.`,"login.order":`Commande {order} : pour la compléter, créez votre compte (S’enregistrer) avec l’adresse e-mail renseignée lors de la commande, ou connectez-vous si vous en avez déjà un.`,"login.forgot":`Mot de passe oublié ?`,"login.submit":`Connexion`,"login.submitting":`Connexion…`,"login.or":`OU`,"login.register":`S’enregistrer`,"login.invalid":`L’adresse e-mail ou le mot de passe est incorrect. Vous venez de créer votre compte ? Confirmez d’abord votre adresse avec le lien reçu par e-mail : si le mot de passe est le bon, il vous est renvoyé.`,"login.unverified":`Votre adresse e-mail n’est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation. Ouvrez-le, puis connectez-vous.`,"notice.emailVerified":`Adresse confirmée, vous pouvez vous connecter.`,"notice.verifyLinkInvalid":`Ce lien de confirmation n’est plus valable (déjà utilisé ou expiré). Connectez-vous : si votre adresse n’est pas encore confirmée, un nouveau lien vous sera envoyé.`,"notice.sessionExpired":`Votre session a expiré. Reconnectez-vous.`,"notice.loginExpired":`Le lien de connexion a expiré. Connectez-vous à nouveau.`,"notice.passwordChanged":`Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.`,"notice.loggedOut":`Vous êtes déconnecté.`,"await.heading":`Vérifiez votre boîte mail`,"await.sent":`Un lien de connexion vient d’être envoyé à {email}.`,"await.explain":`Cliquez sur le lien présent dans le mail pour vous connecter à votre espace. Vous pouvez l’ouvrir sur cet appareil ou sur un autre : cette fenêtre se connectera d’elle-même.`,"await.until":`Le lien est valable jusqu’à {time} et ne sert qu’une fois.`,"await.waiting":`En attente de l’ouverture du lien…`,"await.spam":`Rien reçu ? Vérifiez vos courriers indésirables, ou reconnectez-vous pour recevoir un nouveau lien.`,"verifying.login":`Connexion en cours…`,"verifying.email":`Confirmation de votre adresse e-mail…`,"approved.heading":`Connexion approuvée`,"approved.text":`Connexion approuvée : retournez dans la fenêtre où vous avez saisi votre mot de passe, elle se connecte d’elle-même.`,"approved.close":`Vous pouvez fermer cette fenêtre.`,"approved.here":`Se connecter dans cette fenêtre`,"linkInvalid.heading":`Lien invalide ou expiré`,"linkInvalid.text":`Ce lien de connexion n’est plus valable : il a déjà servi ou il a expiré (15 minutes).`,"linkInvalid.again":`Connectez-vous à nouveau pour recevoir un nouveau lien.`,"register.heading":`S’enregistrer`,"register.intro":`Pour compléter votre commande, créez votre compte avec l’adresse e-mail renseignée lors de la prise de commande.`,"register.emailHelp":`Indiquez l’adresse e-mail utilisée pour la commande : c’est elle qui relie votre compte à vos dossiers.`,"register.passwordHelp":`Au moins 8 caractères. Une phrase facile à retenir fait un bon mot de passe.`,"register.submit":`S’enregistrer`,"register.submitting":`Enregistrement…`,"register.haveAccount":`Déjà un compte ?`,"registered.heading":`Confirmez votre adresse`,"registered.text":`Si cette adresse a passé commande, vous allez recevoir un e-mail pour confirmer votre compte.`,"registered.next":`Cliquez sur le lien de cet e-mail, puis connectez-vous.`,"forgot.heading":`Mot de passe oublié`,"forgot.intro":`Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.`,"forgot.submit":`Envoyer le lien`,"forgot.submitting":`Envoi…`,"resetRequested.heading":`Vérifiez votre boîte mail`,"resetRequested.text":`Si un compte existe pour cette adresse, vous allez recevoir un e-mail pour choisir un nouveau mot de passe.`,"resetRequested.next":`Le lien est valable 30 minutes et ne sert qu’une fois.`,"reset.heading":`Nouveau mot de passe`,"reset.intro":`Choisissez le nouveau mot de passe de votre compte.`,"reset.submit":`Enregistrer le mot de passe`,"reset.submitting":`Enregistrement…`,"reset.newLink":`Demander un nouveau lien`,"account.label":`Votre compte`,"account.email":`Connecté : {email}`,"account.logout":`Se déconnecter`,"dossier.back":`← Retour au tableau de bord`,"done.heading":`C’est fait : le dossier {reference} n° {n} est signé.`,"done.signed":`C’est fait : le dossier est signé.`,"done.next":`Dossier suivant à compléter : {reference} n° {n}.`,"done.open":`Compléter le dossier suivant`,"done.none":`Vous n’avez plus de dossier à compléter.`,"notice.loginDenied":`Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous.`,"deny.heading":`Ce n’était pas vous ?`,"deny.intro":`Vous avez ouvert le lien « Ce n’était pas moi » d’un e-mail de connexion. Confirmez pour annuler cette tentative de connexion : son lien ne fonctionnera plus, et la fenêtre qui l’attend en sera avertie.`,"deny.keep":`Si c’était bien vous, ne faites rien : revenez simplement à la connexion.`,"deny.submit":`Oui, annuler cette connexion`,"deny.submitting":`Annulation…`,"deny.invalid":`Ce lien n’est plus valable : la connexion a déjà été annulée, ou le lien a expiré (7 jours).`,"denied.heading":`Connexion annulée`,"denied.text":`La tentative de connexion est annulée : son lien ne fonctionne plus, et si elle avait ouvert une session, celle-ci est fermée.`,"denied.advice":`Quelqu’un connaît votre mot de passe : changez-le dès maintenant avec « Mot de passe oublié ». Ne cliquez jamais sur un lien de connexion que vous n’avez pas demandé.`,"denied.change":`Changer mon mot de passe`},A=t({fr:Fe,en:()=>p(`widget/i18n/space-en.ts`,()=>import(`./space-en-BqpT_GVX.js`)).then(e=>e.spaceEn)}),j=A.text,Ie=A.parts;function M(e,t,n){return w(e,t,n,`day`)}function N(e,t,n){return w(e,t,n,`time`)}var P=class extends a{constructor(...e){super(...e),this.name=``,this.label=``,this.value=``,this.required=!1,this.help=``,this.error=null,this.autocomplete=`current-password`,this.toggleLabel=`Afficher le mot de passe`,this.shown=!1}static{this.styles=[d,be,l`
.row{
display:flex;
gap:0.35rem;
}

input{
flex:1;
min-width:0;
}

button{
flex:none;
display:inline-flex;
align-items:center;
justify-content:center;
min-width:44px;
padding:0 0.6rem;
background:var(--_surface);
color:var(--_primary);
border:1px solid var(--_border);
}

button[aria-pressed='true']{
background:var(--_surface-alt);
border-color:var(--_primary);
}

svg{
width:1.3rem;
height:1.3rem;
}
`]}static{this.shadowRootOptions={...a.shadowRootOptions,delegatesFocus:!0}}render(){let e=[this.help?`h`:``,this.error?`e`:``].join(` `).trim()||o;return m`
<label for="c" part="label"
>${this.label}${this.required?m`<span class="req" aria-hidden="true"> *</span>`:o}</label
>
<div class="row">
<input
id="c"
part="control"
type=${this.shown?`text`:`password`}
.value=${this.value}
aria-required=${this.required?`true`:`false`}
aria-describedby=${e}
aria-invalid=${this.error?`true`:`false`}
autocomplete=${this.autocomplete}
autocapitalize="off"
spellcheck="false"
@input=${this.onInput}
@change=${this.onChange}
/>
<button
type="button"
part="toggle"
aria-controls="c"
aria-label=${this.toggleLabel}
aria-pressed=${this.shown?`true`:`false`}
@click=${()=>{this.shown=!this.shown}}
>
${this.shown?Re:Le}
</button>
</div>
${this.help?m`<p id="h" class="help" part="help">${this.help}</p>`:o}
<p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
`}onInput(e){this.value=e.target.value}onChange(){this.dispatchEvent(new Event(`change`,{bubbles:!0}))}};f([c({reflect:!0})],P.prototype,`name`,void 0),f([c()],P.prototype,`label`,void 0),f([c()],P.prototype,`value`,void 0),f([c({type:Boolean})],P.prototype,`required`,void 0),f([c()],P.prototype,`help`,void 0),f([c({reflect:!0})],P.prototype,`error`,void 0),f([c()],P.prototype,`autocomplete`,void 0),f([c({attribute:`toggle-label`})],P.prototype,`toggleLabel`,void 0),f([s()],P.prototype,`shown`,void 0),P=f([i(`certinomis-password-field`)],P);var Le=m`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z"/><circle cx="12" cy="12" r="3"/></svg>`,Re=m`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M17.94 17.94A10.07 10.07 0 0 1 12 19c-7 0-11-7-11-7a18.45 18.45 0 0 1 5.06-5.94"/><path d="M9.9 4.24A9.12 9.12 0 0 1 12 4c7 0 11 8 11 8a18.5 18.5 0 0 1-2.16 3.19"/><path d="m1 1 22 22"/><path d="M14.12 14.12a3 3 0 1 1-4.24-4.24"/></svg>`,F=l`
${ce}

h3{
font-size:1.1rem;
margin:0;
}

.intro,
.help{
color:var(--_muted);
}

form{
display:flex;
flex-direction:column;
gap:var(--_space);
max-width:28rem;
}

form button.primary{
width:100%;
}

button:disabled{
cursor:not-allowed;
opacity:0.65;
}

.secondary{
background:var(--_surface);
color:var(--_primary);
border:1px solid var(--_primary);
font-weight:600;
}

.actions{
display:flex;
flex-wrap:wrap;
align-items:center;
gap:0.5rem 1rem;
}

.or{
display:flex;
align-items:center;
gap:0.75rem;
color:var(--_muted);
font-weight:600;
max-width:28rem;
}

.or::before,
.or::after{
content:'';
flex:1;
border-top:1px solid var(--_border);
}

.register{
max-width:28rem;
display:flex;
justify-content:center;
}

.notice,
.alert{
border:1px solid var(--_border);
border-left-width:6px;
border-radius:var(--_radius);
padding:0.75rem var(--_space);
max-width:40rem;
}

.notice{
border-color:var(--_primary);
background:var(--_surface-alt);
}

.alert{
border-color:var(--_danger);
color:var(--_danger);
font-weight:600;
}

.status{
color:var(--_muted);
}

.waiting{
display:flex;
align-items:center;
gap:0.6rem;
}

.spinner{
width:1.1rem;
height:1.1rem;
flex:none;
border:3px solid var(--_border);
border-top-color:var(--_primary);
border-radius:50%;
animation:spin 1s linear infinite;
}

@keyframes spin{
to{
transform:rotate(360deg);
}
}

@media (prefers-reduced-motion:reduce){
.spinner{
animation:none;
}
}

strong.address{
overflow-wrap:anywhere;
}
`,I=class extends a{constructor(...e){super(...e),this.values={email:``,password:``},this.errors={},this.submitted=!1,this.touched=/* @__PURE__ */ new Set,this.prefilled=!1}static{this.styles=[d,F]}willUpdate(e){e.has(`view`)&&!this.prefilled&&this.view&&(this.prefilled=!0,this.values={...this.values,email:this.view.context.email})}t(e,t){return j(this.view.locale,e,t)}get failure(){return this.view.context.failure}check(e,t){let n=De(e,t),r={};for(let e of Ee(n.issues??[],this.view.locale))(e.field===`email`||e.field===`password`)&&(r[e.field]??=e.message);return this.errors=Object.fromEntries(Object.entries(r).filter(([e])=>this.submitted||this.touched.has(e))),n.success}validate(){return!0}errorOf(e){return this.errors[e]??this.failure?.fields[e]??null}emailField(e={}){let t=this.errorOf(`email`);return m`<certinomis-field
part="field"
name="email"
type="email"
label=${this.t(`field.email`)}
required
.value=${this.values.email}
help=${e.help??``}
error=${t??o}
autocomplete=${e.autocomplete??`email`}
@input=${e=>this.edit(`email`,e.target.value)}
@change=${()=>this.leave(`email`)}
></certinomis-field>`}passwordField(e={}){let t=this.errorOf(`password`);return m`<certinomis-password-field
part="field"
name="password"
label=${e.label??this.t(`field.password`)}
toggle-label=${this.t(`password.show`)}
required
.value=${this.values.password}
help=${e.help??``}
error=${t??o}
autocomplete=${e.autocomplete??`current-password`}
@input=${e=>this.edit(`password`,e.target.value)}
@change=${()=>this.leave(`password`)}
></certinomis-password-field>`}edit(e,t){this.values={...this.values,[e]:t},(this.submitted||this.errors[e])&&this.validate()}leave(e){this.touched.add(e),this.validate()}form(e,t){return m`<form
novalidate
@submit=${e=>{e.preventDefault(),this.submit(t)}}
@keydown=${e=>{let n=e.composedPath()[0];e.key===`Enter`&&n instanceof HTMLInputElement&&(e.preventDefault(),this.submit(t))}}
>
${e}
</form>`}submitButton(e,t){return m`<button
type="submit"
class="primary"
part="submit"
?disabled=${e}
aria-busy=${e?`true`:`false`}
>
${t}
</button>`}async submit(e){if(this.view.busy)return;if(this.submitted=!0,this.validate()){e();return}await this.updateComplete;let t=Object.entries(this.errors),[n]=t;if(n){let e=this.t(n[0]===`email`?`field.email`:`field.password`);this.view.announce(this.t(Ce(this.view.locale,t.length,`space.errors`),{n:t.length,first:`${e} : ${n[1]}`}))}await this.focusFirstError()}renderFailure(e={}){let t=this.failure;if(!t)return o;let n=e[t.status];if(Object.keys(t.fields).length>0){let e=Object.entries(t.fields).filter(([e])=>e!==`email`&&e!==`password`);if(e.length===0)return o;n=e.map(([,e])=>e).join(` `)}else t.status===429?n=this.t(`space.throttled`,{n:t.retryAfter??60}):n===void 0&&(n=t.status===0?this.t(`space.network`):t.message??this.t(`space.failed`));return m`<p class="alert" role="alert">${n}</p>`}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`[error]`);return e?.focus(),e!==null}};f([c({attribute:!1})],I.prototype,`view`,void 0),f([s()],I.prototype,`values`,void 0),f([s()],I.prototype,`errors`,void 0),f([s()],I.prototype,`submitted`,void 0);var L=class extends I{render(){let{context:e,locale:t,send:n}=this.view,r=e.email,i=e.attempt?.expiresAt;return m`
<h2 tabindex="-1">${this.t(`await.heading`)}</h2>
${r?m`<p>
${Ie(t,`await.sent`,{email:m`<strong class="address">${r}</strong>`})}
</p>`:o}
<p>${this.t(`await.explain`)}</p>
${i?m`<p class="help">${this.t(`await.until`,{time:N(i,t,Oe)})}</p>`:o}
<p class="waiting" role="status">
<span class="spinner" aria-hidden="true"></span>${this.t(`await.waiting`)}
</p>
<p class="help">${this.t(`await.spam`)}</p>
<div class="actions">
<button type="button" class="secondary" @click=${()=>n({type:`space.showLogin`})}>
${this.t(`space.backToLogin`)}
</button>
</div>
`}};L=f([i(`certinomis-space-awaiting-link`)],L);var ze=l`
${te}

header{
border-bottom:1px solid var(--_border);
padding-bottom:0.75rem;
}

.title{
margin:0;
font-weight:700;
font-size:1.1rem;
}

.heading{
display:flex;
flex-wrap:wrap;
align-items:center;
gap:0.25rem 0.6rem;
}

.heading .test-badge{
margin-left:0;
}

.lang{
display:flex;
align-items:center;
gap:0.5rem;
}

.lang label{
font-weight:600;
}

select{
font:inherit;
color:inherit;
min-height:44px;
padding:0.4rem 0.5rem;
border:1px solid var(--_border);
border-radius:var(--_radius);
background:var(--_surface);
}

.account{
display:flex;
flex-wrap:wrap;
align-items:center;
justify-content:space-between;
gap:0.5rem 1rem;
width:100%;
}

.account p{
margin:0;
overflow-wrap:anywhere;
}

.account button{
background:var(--_surface);
color:var(--_primary);
border:1px solid var(--_primary);
font-weight:600;
}

.account button:disabled{
opacity:0.65;
cursor:not-allowed;
}


.done{
display:grid;
gap:0.5rem;
padding:0.75rem 1rem;
margin-bottom:1rem;
border:1px solid #14532d;
border-radius:0.5rem;
background:#def7e5;
color:#14532d;
}

.done h3{
margin:0;
}
`,Be=[`to_complete`,`to_sign`,`awaiting_paper`,`in_review`,`awaiting_payment`,`issued`,`shipped`,`at_post_office`,`revoked`,`refused`,`cancelled`],R=[`to_complete`,`to_sign`],Ve=e=>R.includes(e.status);async function He(e,t,n){let r=await e.dossiers(t,{open:!0,limit:100}),i=r.items.find(e=>e.id===n)??null,a=r.items.filter(e=>e.id!==n&&Ve(e));return{id:n,signed:i,next:(i?a.filter(e=>e.orderReference===i.orderReference):[])[0]??a[0]??null}}function Ue(e,t,n,r){let{signed:i,next:a}=t;return m`<section class="done" data-done aria-labelledby="done-title">
<h3 id="done-title" tabindex="-1">
${i?j(e,`done.heading`,{reference:i.orderReference,n:i.position}):j(e,`done.signed`)}
</h3>
${a?m`<p>
${j(e,`done.next`,{reference:a.orderReference,n:a.position})}
</p>
<p><button type="button" class="primary" data-next @click=${()=>n(a.id)}>
${j(e,`done.open`)}
</button></p>`:m`<p>${j(e,`done.none`)}</p>
<p><button type="button" class="link" @click=${r}>
${j(e,`dossier.back`)}
</button></p>`}
</section>`}var z=class extends I{constructor(...e){super(...e),this.denied=!1}render(){let{busy:e,send:t}=this.view;if(this.denied)return m`
<h2 tabindex="-1">${this.t(`denied.heading`)}</h2>
<p>${this.t(`denied.text`)}</p>
<p class="notice" role="status">${this.t(`denied.advice`)}</p>
<div class="actions">
<button
type="button"
class="primary"
part="submit"
@click=${()=>t({type:`space.showForgot`})}
>
${this.t(`denied.change`)}
</button>
<button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
${this.t(`space.backToLogin`)}
</button>
</div>
`;let n=this.failure?.status===400;return m`
<h2 tabindex="-1">${this.t(`deny.heading`)}</h2>
<p class="intro">${this.t(`deny.intro`)}</p>
<p>${this.t(`deny.keep`)}</p>
${n?m`<p class="alert" role="alert">${this.t(`deny.invalid`)}</p>`:this.renderFailure()}
<div class="actions">
${n?o:m`<button
type="button"
class="primary"
part="submit"
?disabled=${e}
aria-busy=${e?`true`:`false`}
@click=${()=>t({type:`space.confirmDeny`})}
>
${this.t(e?`deny.submitting`:`deny.submit`)}
</button>`}
<button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
${this.t(`space.backToLogin`)}
</button>
</div>
`}};f([c({type:Boolean})],z.prototype,`denied`,void 0),z=f([i(`certinomis-space-deny-login`)],z),he({fr:{"validation.password_too_short":`Le mot de passe doit comporter au moins 8 caractères.`,"validation.password_too_long":`Le mot de passe ne doit pas dépasser 256 caractères.`,"validation.password_common":`Ce mot de passe est trop courant ou trop facile à deviner : choisissez-en un autre.`,"validation.token":`Lien ou code invalide.`,"validation.locale":`Langue non prise en charge (fr ou en).`},en:()=>p(`machines/messages/account-en.ts`,()=>import(`./account-en-BtyWXrUN.js`)).then(e=>e.accountEn)});var We=new Set(`password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword 12345678
123456789 1234567890 0123456789 987654321 9876543210 11111111 111111111 00000000 12341234 12344321
87654321 11223344 12121212 13131313 69696969 88888888 99999999 22222222 55555555 66666666 77777777
qwertyuiop qwerty123 qwerty1234 qwertyui 1q2w3e4r 1q2w3e4r5t 1qaz2wsx zaq12wsx qazwsxedc
asdfghjkl asdfasdf azertyuiop azerty123 azerty1234 azertyui aaaaaaaa abcd1234 abcdefgh abc12345
iloveyou iloveyou1 sunshine princess football baseball basketball superman batman123 starwars
trustno1 whatever welcome1 welcome123 letmein1 letmein123 changeme monkey123 dragon123 master123
computer internet michelle jennifer jessica1 charlie1 shadow123 freedom1 liverpool chelsea1
arsenal1 manchester marseille olympique parisien psgpsgpsg motdepasse motdepasse1 motdepasse123
bonjour1 bonjour123 soleil123 doudou123 chouchou loulou123 jetaime1 jetaime123 nicolas1 camille1
vacances azerty00 france123 francais marseille13 toulouse31 bordeaux33 lyon69lyon paris2024
paris123 admin123 administrator administrateur root1234 test1234 testtest demo1234 guest1234
certinomis certinomis1 certinomis123 signature docaposte laposte1 omnikles1 secret123 secret1234
mypassword yourpassword newpassword nouveaumdp 0987654321 147258369 159753456 741852963
123qweasd qweasdzxc 1234qwer qwer1234 q1w2e3r4 zxcvbnm1 passpass mot2passe mdp12345 pass1234
lovelove loveyou1 football1 soccer123 hello123 hello1234 summer2024 winter2024 spring2024
autumn2024 summer2025 winter2025 summer2026 winter2026 janvier2026 novembre2026 decembre2026`.split(/\s+/));function B(e,t){let n=e.trim().toLowerCase();if(We.has(n)||/^(.)\1+$/.test(n)||`01234567890123456789`.includes(n)||`98765432109876543210`.includes(n))return!0;if(t){let e=t.trim().toLowerCase(),r=e.split(`@`)[0]??``;if(n===e||r.length>=4&&n===r)return!0}return!1}var V=_(h(`validation.required`),xe(),b(`validation.required`),pe(8,`validation.password_too_short`),g(256,`validation.password_too_long`),Te(e=>!B(e),`validation.password_common`)),Ge=_(h(`validation.required`),b(`validation.required`),g(256,`validation.password_too_long`)),H=_(h(`validation.token`),ye(),_e(/^[A-Za-z0-9_-]{20,128}$/,`validation.token`)),U=y(me(fe,`validation.locale`),`fr`),Ke=_(v({email:C,password:V,locale:U}),ve(ge([[`email`],[`password`]],e=>!B(e.password,e.email),`validation.password_common`),[`password`])),qe=v({email:C,password:Ge});v({token:H,loginAttemptId:y(H)}),v({token:H}),v({token:H});var Je=v({email:C,locale:U});v({token:H,password:V});var W=class extends I{validate(){return this.check(Je,{email:this.values.email})}render(){let{busy:e,send:t}=this.view;return m`
<h2 tabindex="-1">${this.t(`forgot.heading`)}</h2>
<p class="intro">${this.t(`forgot.intro`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(m`
${this.renderFailure()} ${this.emailField({autocomplete:`username`})}
${this.submitButton(e,this.t(e?`forgot.submitting`:`forgot.submit`))}
`,()=>t({type:`space.requestReset`,email:this.values.email.trim()}))}
<div class="actions">
<button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
${this.t(`space.backToLogin`)}
</button>
</div>
`}};W=f([i(`certinomis-space-forgot-password`)],W);var Ye={emailVerified:`notice.emailVerified`,verifyLinkInvalid:`notice.verifyLinkInvalid`,sessionExpired:`notice.sessionExpired`,loginExpired:`notice.loginExpired`,passwordChanged:`notice.passwordChanged`,loggedOut:`notice.loggedOut`,loginDenied:`notice.loginDenied`},G=class extends I{validate(){return this.check(qe,this.values)}render(){let{context:e,busy:t,send:n}=this.view,{notice:r,order:i}=e;return m`
<h2 tabindex="-1">${this.t(`login.heading`)}</h2>
${r?m`<p class="notice" role="status">${this.t(Ye[r])}</p>`:o}
${i?m`<p class="notice">${this.t(`login.order`,{order:i})}</p>`:o}
<p class="intro">${this.t(`login.secondFactor`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(m`
${this.renderFailure({401:this.t(`login.invalid`),403:this.t(`login.unverified`)})}
${this.emailField({autocomplete:`username`})} ${this.passwordField()}
<div class="actions">
<button type="button" class="link" @click=${()=>n({type:`space.showForgot`})}>
${this.t(`login.forgot`)}
</button>
</div>
${this.submitButton(t,this.t(t?`login.submitting`:`login.submit`))}
`,()=>n({type:`space.login`,email:this.values.email.trim(),password:this.values.password}))}
<p class="or">${this.t(`login.or`)}</p>
<div class="register">
<button type="button" class="secondary" @click=${()=>n({type:`space.showRegister`})}>
${this.t(`login.register`)}
</button>
</div>
`}};G=f([i(`certinomis-space-login`)],G);var Xe={verifyingLink:{heading:`login.heading`,lines:[`verifying.login`],busy:!0},verifyingEmail:{heading:`registered.heading`,lines:[`verifying.email`],busy:!0},loggingOut:{heading:`account.logout`,lines:[`space.loading`],busy:!0},approved:{heading:`approved.heading`,lines:[`approved.text`,`approved.close`],action:`approved.here`},linkInvalid:{heading:`linkInvalid.heading`,lines:[`linkInvalid.text`,`linkInvalid.again`],action:`space.toLogin`},registered:{heading:`registered.heading`,lines:[`registered.text`,`registered.next`],action:`space.backToLogin`},resetRequested:{heading:`resetRequested.heading`,lines:[`resetRequested.text`,`resetRequested.next`],action:`space.backToLogin`}},K=class extends I{constructor(...e){super(...e),this.kind=`registered`}render(){let e=Xe[this.kind];return this.kind===`linkInvalid`&&this.failure?.status===0&&(e={...e,lines:[`space.network`,`linkInvalid.again`]}),m`
<h2 tabindex="-1">${this.t(e.heading)}</h2>
${e.lines.map((t,n)=>e.busy&&n===0?m`<p class="waiting" role="status">
<span class="spinner" aria-hidden="true"></span>${this.t(t)}
</p>`:m`<p>${this.t(t)}</p>`)}
${e.action?m`<div class="actions">
<button
type="button"
class="primary"
@click=${()=>this.view.send({type:`space.showLogin`})}
>
${this.t(e.action)}
</button>
</div>`:o}
`}};f([c()],K.prototype,`kind`,void 0),K=f([i(`certinomis-space-message`)],K);var q=class extends I{validate(){return this.check(Ke,{...this.values,locale:this.view.locale})}render(){let{busy:e,send:t}=this.view;return m`
<h2 tabindex="-1">${this.t(`register.heading`)}</h2>
<p class="intro">${this.t(`register.intro`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(m`
${this.renderFailure()}
${this.emailField({help:this.t(`register.emailHelp`)})}
${this.passwordField({help:this.t(`register.passwordHelp`),autocomplete:`new-password`})}
${this.submitButton(e,this.t(e?`register.submitting`:`register.submit`))}
`,()=>t({type:`space.register`,email:this.values.email.trim(),password:this.values.password}))}
<p class="actions">
${this.t(`register.haveAccount`)}
<button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
${this.t(`space.toLogin`)}
</button>
</p>
`}};q=f([i(`certinomis-space-register`)],q);var Ze=v({password:V}),J=class extends I{validate(){return this.check(Ze,{password:this.values.password})}render(){let{busy:e,send:t}=this.view,n=this.failure?.status===400;return m`
<h2 tabindex="-1">${this.t(`reset.heading`)}</h2>
<p class="intro">${this.t(`reset.intro`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(m`
${this.renderFailure()}
${this.passwordField({label:this.t(`field.newPassword`),help:this.t(`register.passwordHelp`),autocomplete:`new-password`})}
${this.submitButton(e,this.t(e?`reset.submitting`:`reset.submit`))}
`,()=>t({type:`space.confirmReset`,password:this.values.password}))}
<div class="actions">
${n?m`<button
type="button"
class="secondary"
@click=${()=>t({type:`space.showForgot`})}
>
${this.t(`reset.newLink`)}
</button>`:o}
<button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
${this.t(`space.backToLogin`)}
</button>
</div>
`}};J=f([i(`certinomis-space-reset-password`)],J);var Qe={dashboard:()=>import(`./dashboard-screens-CCxrtKTa.js`),dossier:()=>import(`./certinomis-dossier-1byt3S80.js`)},$e=class{constructor(e,t){this.host=e,this.onReady=t,this.states={dashboard:`idle`,dossier:`idle`},this.loads=/* @__PURE__ */ new Set,this.prefetched=/* @__PURE__ */ new Set,e.addController(this)}hostConnected(){}gate(e,t){let n=this.states[e];return n===`ready`?null:n===`error`?le(t,()=>this.load(e)):(n===`idle`&&this.load(e),se(de(t,`space.loading`)))}prefetch(e){this.states[e]!==`idle`||this.prefetched.has(e)||(this.prefetched.add(e),ee(e),r(()=>{this.states[e]===`idle`&&this.load(e)}))}get settled(){return Promise.all(this.loads)}load(e){this.states[e]=`loading`,this.host.requestUpdate();let t=n(e,Qe[e]).then(()=>{this.states[e]=`ready`,this.onReady()},()=>{this.states[e]=`error`}).finally(()=>{this.loads.delete(t),this.host.requestUpdate()});this.loads.add(t)}},Y=class extends Error{constructor(e){super(e.message??`HTTP ${e.status}`),this.failure=e,this.name=`SpaceRequestError`}};function X(e){return e instanceof Y?e.failure:{status:0,message:null,fields:{},retryAfter:null}}var et=class{constructor(e){this.options=e}startLogin(e,t){return this.call(`POST`,`/v1/auth/login`,e,t)}pollLogin(e,t){return this.call(`GET`,`/v1/auth/login/${encodeURIComponent(e)}`,void 0,t)}verifyLogin(e,t,n){return this.call(`POST`,`/v1/auth/verify`,t?{token:e,loginAttemptId:t}:{token:e},n)}async register(e,t){await this.call(`POST`,`/v1/auth/register`,{...e,locale:this.options.locale},t)}async verifyEmail(e,t){await this.call(`POST`,`/v1/auth/verify-email`,{token:e},t)}async requestReset(e,t){await this.call(`POST`,`/v1/auth/password-reset`,{email:e,locale:this.options.locale},t)}async denyLogin(e,t){await this.call(`POST`,`/v1/auth/login/deny`,{token:e},t)}async confirmReset(e,t,n){await this.call(`POST`,`/v1/auth/password-reset/confirm`,{token:e,password:t},n)}async logout(e,t){await this.call(`POST`,`/v1/auth/logout`,void 0,t,e)}me(e,t){return this.call(`GET`,`/v1/me`,void 0,t,e)}dossiers(e,t,n){let r=new URLSearchParams;t.status&&r.set(`status`,t.status),t.open&&r.set(`open`,`true`),t.cursor&&r.set(`cursor`,t.cursor),t.limit&&r.set(`limit`,String(t.limit));let i=r.toString()?`?${r}`:``;return this.call(`GET`,`/v1/me/dossiers${i}`,void 0,n,e)}certificates(e,t){return this.call(`GET`,`/v1/me/certificates`,void 0,t,e)}billingDocuments(e,t){return this.call(`GET`,`/v1/me/billing-documents`,void 0,t,e)}requestRevocation(e,t,n,r){let i=`/v1/certificates/${encodeURIComponent(t)}/revocation`;return this.call(`POST`,i,n,r,e)}async confirmRevocation(e,t,n,r){if(t===null){await this.call(`POST`,`/v1/revocations`,{code:n},r);return}let i=`/v1/certificates/${encodeURIComponent(t)}/revocation/confirm`;await this.call(`POST`,i,{code:n},r,e??void 0)}async download(e,t){let n={Authorization:`Bearer ${t}`};this.options.partnerKey&&(n[`X-Partner-Key`]=this.options.partnerKey);let r=new URL(this.options.baseUrl,globalThis.location?.href??`http://localhost/`);r.pathname.endsWith(`/`)||(r.pathname+=`/`);let i=await fetch(new URL(e.replace(/^\//,``),r),{headers:n});if(!i.ok)throw new Y({status:i.status,message:null,fields:{},retryAfter:null});return i.blob()}async call(t,n,r,i,a){let o=null,s=new e({baseUrl:this.options.baseUrl,partnerKey:this.options.partnerKey,locale:this.options.locale,fetch:async(e,t)=>{let n=await fetch(e,t),r=Number(n.headers.get(`Retry-After`)??NaN);return o=Number.isFinite(r)?Math.max(1,Math.ceil(r)):null,n.status===204?new Response(`null`,{status:200,headers:{"Content-Type":`application/json`}}):n}});try{return await s.request(t,n,r,i,a?{Authorization:`Bearer ${a}`}:{})}catch(e){if(i?.aborted)throw e;let t=e instanceof ae?{status:e.status,message:e.problem?.detail??e.problem?.title??null,fields:Object.fromEntries((e.problem?.errors??[]).map(e=>[e.field,e.message])),retryAfter:o}:{status:0,message:null,fields:{},retryAfter:null};throw(t.status===0||t.status>=500)&&this.options.onTrouble?.(t),new Y(t)}}};function tt(e){let t=async t=>{try{return await t(e())}catch(e){throw X(e)}};return je.provide({actors:{startLogin:x(({input:e,signal:n})=>t(t=>t.startLogin(e,n))),pollLogin:x(({input:e,signal:n})=>t(t=>t.pollLogin(e.loginAttemptId,n))),verifyLogin:x(({input:e,signal:n})=>t(t=>t.verifyLogin(e.token,e.loginAttemptId,n))),register:x(({input:e,signal:n})=>t(t=>t.register(e,n))),verifyEmail:x(({input:e,signal:n})=>t(t=>t.verifyEmail(e.token,n))),requestReset:x(({input:e,signal:n})=>t(t=>t.requestReset(e.email,n))),confirmReset:x(({input:e,signal:n})=>t(t=>t.confirmReset(e.token,e.password,n))),denyLogin:x(({input:e,signal:n})=>t(t=>t.denyLogin(e.token,n))),loadAccount:x(({input:e,signal:n})=>t(t=>t.me(e.accessToken,n))),logout:x(({input:e,signal:n})=>t(t=>t.logout(e.accessToken,n)))}})}function nt(e){return`certinomis-order:space:${e}`}function Z(){try{return globalThis.sessionStorage??null}catch{return null}}var Q=e=>typeof e==`object`&&!!e&&!Array.isArray(e),rt=e=>Q(e)&&typeof e.accessToken==`string`&&typeof e.expiresAt==`string`,it=e=>Q(e)&&typeof e.loginAttemptId==`string`&&typeof e.expiresAt==`string`;function at(e){try{let t=JSON.parse(Z()?.getItem(e)??`null`);return!Q(t)||t.v!==1?null:{v:1,email:typeof t.email==`string`?t.email:``,session:rt(t.session)?t.session:null,attempt:it(t.attempt)?t.attempt:null}}catch{return null}}function ot(e,t){try{!t.email&&!t.session&&!t.attempt?Z()?.removeItem(e):Z()?.setItem(e,JSON.stringify(t))}catch{}}var st=class{constructor(e,t){this.host=e,this.options=t,this.flow=null,e.addController(this)}send(e){this.flow?.send(e)}hostConnected(){if(this.flow)return;let e=this.options.address(),t=this.options.storageKey(),n=at(t);this.flow=new we(this.host,tt(this.options.requests),{input:{email:e.email??n?.email??``,order:e.order??null,link:e.link,session:n?.session??null,attempt:n?.attempt??null},onChange:e=>{let{email:n,session:r,attempt:i}=e.context;ot(t,{v:1,email:n,session:r,attempt:i}),this.options.onChange?.(e)}})}hostDisconnected(){queueMicrotask(()=>{let e=this.flow;!this.host.isConnected&&e&&(e.actor.stop(),this.host.removeController(e),this.flow=null,this.options.onStop?.())})}},ct=/* @__PURE__ */ ke({CertinomisClientSpace:()=>$}),lt=[`login`,`verify`,`reset`,`deny`],ut=[`dashboard`,`dashboardAll`,`loggingOut`];function dt(){let e;try{e=new URL(globalThis.location.href)}catch{return{link:null,email:null,order:null}}let t=e.searchParams,n=null,r=!1;for(let e of lt){let i=t.get(e);i!==null&&(r=!0,i&&!n&&(n={kind:e,token:i}),t.delete(e))}if(r)try{let n=t.toString();history.replaceState(history.state,``,`${e.pathname}${n?`?${n}`:``}${e.hash}`)}catch{}return!n&&e.hash===`#revocation`&&(n={kind:`revocation`,token:``}),{link:n,email:t.get(`email`),order:t.get(`order`)}}var $=class extends a{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=`fr`,this.brand=null,this.openDossierId=null,this.done=null,this.renewing=null,this.announcement=``,this.language=new ie(this,()=>this.locale),this.lazy=new $e(this,()=>{this.pendingFocus=!0}),this.client=null,this.lastScreen=null,this.pendingFocus=!1,this.session=new st(this,{storageKey:()=>nt(this.baseUrl),address:dt,requests:()=>this.requests,onChange:e=>this.onFlowChange(e),onStop:()=>{this.lastScreen=null}}),this.closeRenewal=()=>{this.renewing=null,this.pendingFocus=!0},this.closeDossier=()=>{this.openDossierId=null,this.done=null,this.pendingFocus=!0},this.onDossierSubmitted=async e=>{let t=this.flow?.snapshot.context.session?.accessToken;if(!t)return;let{id:n}=e.detail;try{let e=await He(this.requests,t,n);if(this.openDossierId!==n)return;this.done=e,await this.updateComplete,this.renderRoot.querySelector(`#done-title`)?.focus()}catch{}},this.onDossierError=e=>{e.detail.status===401&&(this.openDossierId=null,this.send({type:`space.sessionExpired`}))}}static{this.styles=[d,ze,ne]}async getUpdateComplete(){return await super.getUpdateComplete(),await this.language.settled,await this.lazy.settled,super.getUpdateComplete()}get flow(){return this.session.flow}get screen(){return O(this.flow?.snapshot.value)}get baseUrl(){return new URL(this.api||globalThis.location.origin,globalThis.location.href).toString()}get requests(){let{baseUrl:e,partnerKey:t,locale:n}=this,r=this.client?.options;return this.client&&r?.baseUrl===e&&r.partnerKey===t&&r.locale===n||(this.client=new et({baseUrl:e,partnerKey:t,locale:n,onTrouble:e=>this.emit(`certinomis:error`,{status:e.status,title:e.message??j(this.locale,`space.network`)})})),this.client}onFlowChange(e){let t=O(e.value);t!==this.lastScreen&&(this.lastScreen!==null&&(this.pendingFocus=!0),this.lastScreen=t,this.emit(`certinomis:step`,{step:t,mode:`space`}))}send(e){this.session.send(e)}render(){let e=this.flow;if(!e)return o;let{locale:t}=this,n=e.snapshot,r=O(n.value),i={locale:t,context:n.context,busy:n.hasTag(`busy`),send:e=>this.send(e),api:this.requests,session:n.context.session,announce:e=>this.announce(e),openDossier:e=>{this.emit(`certinomis:dossier-open`,{id:e}),this.done=null,this.openDossierId=e,this.pendingFocus=!0},renew:e=>{this.renewing=e,this.pendingFocus=!0}};return m`<div class="frame" lang=${t}>
<header>
${this.renderTitle(t)}
${Ne(t,j(t,`space.language`),e=>this.onLanguage(e))}
${ut.includes(r)?this.renderAccount(i):o}
</header>
${this.renderScreen(r,i)}
</div>
<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}renderTitle(e){let t=this.brand??ue(null,this.baseUrl);return m`<div class="heading">
${oe(t,e)}
<p class="title">${j(e,`space.title`,{name:t.branding.displayName})}</p>
${re(t,e)}
</div>`}renderAccount(e){let t=e.context.account?.email??e.context.email;return Pe({label:j(e.locale,`account.label`),who:j(e.locale,`account.email`,{email:t}),logout:j(e.locale,`account.logout`),busy:e.busy,onLogout:()=>this.send({type:`space.logout`})})}renderScreen(e,t){switch(e){case`login`:return this.lazy.prefetch(`dashboard`),m`<certinomis-space-login data-screen exportparts="field, submit" .view=${t}></certinomis-space-login>`;case`register`:return m`<certinomis-space-register data-screen exportparts="field, submit" .view=${t}></certinomis-space-register>`;case`forgotPassword`:return m`<certinomis-space-forgot-password data-screen exportparts="field, submit" .view=${t}></certinomis-space-forgot-password>`;case`resetPassword`:return m`<certinomis-space-reset-password data-screen exportparts="field, submit" .view=${t}></certinomis-space-reset-password>`;case`denyLogin`:case`loginDenied`:return m`<certinomis-space-deny-login
data-screen
exportparts="submit"
?denied=${e===`loginDenied`}
.view=${t}
></certinomis-space-deny-login>`;case`revocation`:return this.lazy.gate(`dashboard`,t.locale)??m`<certinomis-space-revocation-page data-screen .view=${t}></certinomis-space-revocation-page>`;case`awaitingLink`:return m`<certinomis-space-awaiting-link data-screen .view=${t}></certinomis-space-awaiting-link>`;case`dashboard`:case`dashboardAll`:return this.openDossierId&&t.session?this.renderDossier(this.openDossierId,t):this.renewing&&t.session?this.lazy.gate(`dashboard`,t.locale)??this.renderRenewal(this.renewing,t):(this.lazy.prefetch(`dossier`),this.lazy.gate(`dashboard`,t.locale)??(e===`dashboard`?m`<certinomis-space-dashboard data-screen exportparts="dossier-button" .view=${t}></certinomis-space-dashboard>`:m`<certinomis-space-dossiers data-screen exportparts="field, dossier-button" .view=${t}></certinomis-space-dossiers>`));default:return m`<certinomis-space-message
data-screen
kind=${e}
.view=${t}
></certinomis-space-message>`}}renderDossier(e,t){return this.lazy.gate(`dossier`,t.locale)??m`<div class="dossier-frame">
<button type="button" class="link back" @click=${this.closeDossier}>
${j(t.locale,`dossier.back`)}
</button>
${this.done?.id===e?Ue(t.locale,this.done,e=>t.openDossier(e),this.closeDossier):o}
<certinomis-dossier
data-dossier
.dossierId=${e}
.accessToken=${t.session?.accessToken??``}
api=${this.api}
locale=${t.locale}
partner-key=${this.partnerKey??o}
exportparts="field, buttons"
@certinomis:error=${this.onDossierError}
@certinomis:dossier-submitted=${this.onDossierSubmitted}
focus-on-load
></certinomis-dossier>
</div>`}renderRenewal(e,t){return m`<certinomis-space-renewal
data-screen
exportparts="card, order-button, stepper, buttons, field, summary"
.start=${e}
api=${this.api}
partner-key=${this.partnerKey??o}
locale=${t.locale}
@certinomis-space-renewal-close=${this.closeRenewal}
></certinomis-space-renewal>`}onLanguage(e){e!==this.locale&&this.emit(`certinomis:locale`,{locale:e})}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){if(!this.pendingFocus)return;this.pendingFocus=!1;let e=this.renderRoot.querySelector(`[data-screen]`);e&&(await e.updateComplete,await e.focusHeading())}emit(e,t){this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}};f([c()],$.prototype,`api`,void 0),f([c({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),f([c()],$.prototype,`locale`,void 0),f([c({attribute:!1})],$.prototype,`brand`,void 0),f([s()],$.prototype,`openDossierId`,void 0),f([s()],$.prototype,`done`,void 0),f([s()],$.prototype,`renewing`,void 0),f([s()],$.prototype,`announcement`,void 0),$=f([i(`certinomis-client-space`)],$);export{$ as CertinomisClientSpace,I as a,N as c,R as i,j as l,X as n,F as o,Be as r,M as s,ct as t,E as u};
//# sourceMappingURL=client-space-CYjj_Ypb.js.map