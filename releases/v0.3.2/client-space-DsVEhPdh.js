import{A as e,C as t,D as n,E as r,F as i,I as a,L as o,N as s,O as c,P as l,V as u,a as ee,b as d,d as te,f as ne,g as f,h as p,i as m,j as re,k as h,l as ie,n as g,o as ae,t as _,u as v,v as y,z as b}from"./certinomis-order.js";import{t as x}from"./date-time-BFDi2-xS.js";import{n as oe,t as se}from"./plural-DheKwRht.js";var S=Object.defineProperty,ce=(e,t)=>{let n={};for(var r in e)S(n,r,{get:e[r],enumerable:!0});return t||S(n,Symbol.toStringTag,{value:`Module`}),n};function C(e){return{email:e.email??``,order:e.order??null,link:e.link??null,attempt:e.attempt??null,session:e.session??null,account:null,notice:null,failure:null}}function le(e){return typeof e==`object`&&e&&`status`in e&&typeof e.status==`number`&&`fields`in e?e:{status:0,message:null,fields:{},retryAfter:null}}var ue=e=>typeof e==`object`&&!!e&&`accessToken`in e;function w(e){if(typeof e==`string`)return e===`boot`?`login`:e;if(typeof e==`object`&&e){let[t,n]=Object.entries(e)[0]??[`login`,null];return t===`dashboard`?n===`all`?`dashboardAll`:`dashboard`:t}return`login`}var de={"space.title":`Espace client {name}`,"space.language":d.language,"space.loading":`Chargement…`,"space.required":d.required,"space.errors":d.errors,"space.errors.one":d.errorsOne,"space.network":d.network,"space.failed":d.failed,"space.throttled":`Trop de tentatives… réessayez dans {n} s.`,"space.backToLogin":`Retour à la connexion`,"space.toLogin":`Se connecter`,"field.email":`Adresse e-mail`,"field.password":`Mot de passe`,"field.newPassword":`Nouveau mot de passe`,"password.show":`Afficher le mot de passe`,"login.heading":`Connexion`,"login.intro":`Connectez-vous pour suivre vos commandes et compléter vos dossiers de certificats.`,"login.secondFactor":`La connexion se fait par un second facteur qui est un lien reçu par mail : après votre mot de passe, cliquez sur le lien de l’e-mail que nous vous envoyons.`,"login.order":`Commande {order} : pour la compléter, créez votre compte (S’enregistrer) avec l’adresse e-mail renseignée lors de la commande, ou connectez-vous si vous en avez déjà un.`,"login.forgot":`Mot de passe oublié ?`,"login.submit":`Connexion`,"login.submitting":`Connexion…`,"login.or":`OU`,"login.register":`S’enregistrer`,"login.invalid":`L’adresse e-mail ou le mot de passe est incorrect. Vous venez de créer votre compte ? Confirmez d’abord votre adresse avec le lien reçu par e-mail : si le mot de passe est le bon, il vous est renvoyé.`,"login.unverified":`Votre adresse e-mail n’est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation. Ouvrez-le, puis connectez-vous.`,"notice.emailVerified":`Adresse confirmée, vous pouvez vous connecter.`,"notice.verifyLinkInvalid":`Ce lien de confirmation n’est plus valable (déjà utilisé ou expiré). Connectez-vous : si votre adresse n’est pas encore confirmée, un nouveau lien vous sera envoyé.`,"notice.sessionExpired":`Votre session a expiré. Reconnectez-vous.`,"notice.loginExpired":`Le lien de connexion a expiré. Connectez-vous à nouveau.`,"notice.passwordChanged":`Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.`,"notice.loggedOut":`Vous êtes déconnecté.`,"await.heading":`Vérifiez votre boîte mail`,"await.sent":`Un lien de connexion vient d’être envoyé à {email}.`,"await.explain":`Cliquez sur le lien présent dans le mail pour vous connecter à votre espace. Vous pouvez l’ouvrir sur cet appareil ou sur un autre : cette fenêtre se connectera d’elle-même.`,"await.until":`Le lien est valable jusqu’à {time} et ne sert qu’une fois.`,"await.waiting":`En attente de l’ouverture du lien…`,"await.spam":`Rien reçu ? Vérifiez vos courriers indésirables, ou reconnectez-vous pour recevoir un nouveau lien.`,"verifying.login":`Connexion en cours…`,"verifying.email":`Confirmation de votre adresse e-mail…`,"approved.heading":`Connexion approuvée`,"approved.text":`Connexion approuvée : retournez dans la fenêtre où vous avez saisi votre mot de passe, elle se connecte d’elle-même.`,"approved.close":`Vous pouvez fermer cette fenêtre.`,"approved.here":`Se connecter dans cette fenêtre`,"linkInvalid.heading":`Lien invalide ou expiré`,"linkInvalid.text":`Ce lien de connexion n’est plus valable : il a déjà servi ou il a expiré (15 minutes).`,"linkInvalid.again":`Connectez-vous à nouveau pour recevoir un nouveau lien.`,"register.heading":`S’enregistrer`,"register.intro":`Pour compléter votre commande, créez votre compte avec l’adresse e-mail renseignée lors de la prise de commande.`,"register.emailHelp":`Indiquez l’adresse e-mail utilisée pour la commande : c’est elle qui relie votre compte à vos dossiers.`,"register.passwordHelp":`Au moins 8 caractères. Une phrase facile à retenir fait un bon mot de passe.`,"register.submit":`S’enregistrer`,"register.submitting":`Enregistrement…`,"register.haveAccount":`Déjà un compte ?`,"registered.heading":`Confirmez votre adresse`,"registered.text":`Si cette adresse a passé commande, vous allez recevoir un e-mail pour confirmer votre compte.`,"registered.next":`Cliquez sur le lien de cet e-mail, puis connectez-vous.`,"forgot.heading":`Mot de passe oublié`,"forgot.intro":`Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.`,"forgot.submit":`Envoyer le lien`,"forgot.submitting":`Envoi…`,"resetRequested.heading":`Vérifiez votre boîte mail`,"resetRequested.text":`Si un compte existe pour cette adresse, vous allez recevoir un e-mail pour choisir un nouveau mot de passe.`,"resetRequested.next":`Le lien est valable 30 minutes et ne sert qu’une fois.`,"reset.heading":`Nouveau mot de passe`,"reset.intro":`Choisissez le nouveau mot de passe de votre compte.`,"reset.submit":`Enregistrer le mot de passe`,"reset.submitting":`Enregistrement…`,"reset.newLink":`Demander un nouveau lien`,"account.label":`Votre compte`,"account.email":`Connecté : {email}`,"account.logout":`Se déconnecter`,"dossier.back":`← Retour au tableau de bord`,"done.heading":`C’est fait : le dossier {reference} n° {n} est signé.`,"done.signed":`C’est fait : le dossier est signé.`,"done.next":`Dossier suivant à compléter : {reference} n° {n}.`,"done.open":`Compléter le dossier suivant`,"done.none":`Vous n’avez plus de dossier à compléter.`,"notice.loginDenied":`Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous.`,"deny.heading":`Ce n’était pas vous ?`,"deny.intro":`Vous avez ouvert le lien « Ce n’était pas moi » d’un e-mail de connexion. Confirmez pour annuler cette tentative de connexion : son lien ne fonctionnera plus, et la fenêtre qui l’attend en sera avertie.`,"deny.keep":`Si c’était bien vous, ne faites rien : revenez simplement à la connexion.`,"deny.submit":`Oui, annuler cette connexion`,"deny.submitting":`Annulation…`,"deny.invalid":`Ce lien n’est plus valable : la connexion a déjà été annulée, ou le lien a expiré (7 jours).`,"denied.heading":`Connexion annulée`,"denied.text":`La tentative de connexion est annulée : son lien ne fonctionne plus, et si elle avait ouvert une session, celle-ci est fermée.`,"denied.advice":`Quelqu’un connaît votre mot de passe : changez-le dès maintenant avec « Mot de passe oublié ». Ne cliquez jamais sur un lien de connexion que vous n’avez pas demandé.`,"denied.change":`Changer mon mot de passe`},T=t({fr:de,en:()=>h(`widget/i18n/space-en.ts`,()=>import(`./space-en-BqpT_GVX.js`)).then(e=>e.spaceEn)}),E=T.text,fe=T.parts;function D(e,t,n){return x(e,t,n,`day`)}function O(e,t,n){return x(e,t,n,`time`)}var k=[{locale:`fr`,name:`Français`},{locale:`en`,name:`English`}];function A(e,t,n){return b`<div class="lang">
<label for="language">${t}</label>
<select
id="language"
part="language"
@change=${e=>n(e.target.value===`en`?`en`:`fr`)}
>
${k.map(t=>b`<option
value=${t.locale}
lang=${t.locale}
?selected=${t.locale===e}
>
${t.name}
</option>`)}
</select>
</div>`}function j(e){return b`<div class="account" role="group" aria-label=${e.label}>
<p>${e.who}</p>
<button type="button" part="logout" ?disabled=${e.busy} @click=${e.onLogout}>
${e.logout}
</button>
</div>`}var M=[`login`,`verify`,`reset`,`deny`];function N(){let e;try{e=new URL(globalThis.location.href)}catch{return{link:null,email:null,order:null}}let t=e.searchParams,n=null,r=!1;for(let e of M){let i=t.get(e);i!==null&&(r=!0,i&&!n&&(n={kind:e,token:i}),t.delete(e))}if(r)try{let n=t.toString();history.replaceState(history.state,``,`${e.pathname}${n?`?${n}`:``}${e.hash}`)}catch{}return!n&&e.hash===`#revocation`&&(n={kind:`revocation`,token:``}),{link:n,email:t.get(`email`),order:t.get(`order`)}}var P=u`
${ee}

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
`,F=[`to_complete`,`to_sign`,`awaiting_paper`,`in_review`,`awaiting_payment`,`issued`,`shipped`,`at_post_office`,`revoked`,`refused`,`cancelled`],I=[`to_complete`,`to_sign`],L=e=>I.includes(e.status);async function R(e,t,n){let r=await e.dossiers(t,{open:!0,limit:100}),i=r.items.find(e=>e.id===n)??null,a=r.items.filter(e=>e.id!==n&&L(e));return{id:n,signed:i,next:(i?a.filter(e=>e.orderReference===i.orderReference):[])[0]??a[0]??null}}function z(e,t,n,r){let{signed:i,next:a}=t;return b`<section class="done" data-done aria-labelledby="done-title">
<h3 id="done-title" tabindex="-1">
${i?E(e,`done.heading`,{reference:i.orderReference,n:i.position}):E(e,`done.signed`)}
</h3>
${a?b`<p>
${E(e,`done.next`,{reference:a.orderReference,n:a.position})}
</p>
<p><button type="button" class="primary" data-next @click=${()=>n(a.id)}>
${E(e,`done.open`)}
</button></p>`:b`<p>${E(e,`done.none`)}</p>
<p><button type="button" class="link" @click=${r}>
${E(e,`dossier.back`)}
</button></p>`}
</section>`}var B=class extends a{constructor(...e){super(...e),this.name=``,this.label=``,this.value=``,this.required=!1,this.help=``,this.error=null,this.autocomplete=`current-password`,this.toggleLabel=`Afficher le mot de passe`,this.shown=!1}static{this.styles=[f,oe,u`
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
`]}static{this.shadowRootOptions={...a.shadowRootOptions,delegatesFocus:!0}}render(){let e=[this.help?`h`:``,this.error?`e`:``].join(` `).trim()||o;return b`
<label for="c" part="label"
>${this.label}${this.required?b`<span class="req" aria-hidden="true"> *</span>`:o}</label
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
${this.shown?pe:V}
</button>
</div>
${this.help?b`<p id="h" class="help" part="help">${this.help}</p>`:o}
<p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
`}onInput(e){this.value=e.target.value}onChange(){this.dispatchEvent(new Event(`change`,{bubbles:!0}))}};p([l({reflect:!0})],B.prototype,`name`,void 0),p([l()],B.prototype,`label`,void 0),p([l()],B.prototype,`value`,void 0),p([l({type:Boolean})],B.prototype,`required`,void 0),p([l()],B.prototype,`help`,void 0),p([l({reflect:!0})],B.prototype,`error`,void 0),p([l()],B.prototype,`autocomplete`,void 0),p([l({attribute:`toggle-label`})],B.prototype,`toggleLabel`,void 0),p([s()],B.prototype,`shown`,void 0),B=p([i(`certinomis-password-field`)],B);var V=b`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z"/><circle cx="12" cy="12" r="3"/></svg>`,pe=b`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M17.94 17.94A10.07 10.07 0 0 1 12 19c-7 0-11-7-11-7a18.45 18.45 0 0 1 5.06-5.94"/><path d="M9.9 4.24A9.12 9.12 0 0 1 12 4c7 0 11 8 11 8a18.5 18.5 0 0 1-2.16 3.19"/><path d="m1 1 22 22"/><path d="M14.12 14.12a3 3 0 1 1-4.24-4.24"/></svg>`,H=u`
${ae}

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
`,U=null;function me(e){U=e}var W=class extends a{constructor(...e){super(...e),this.values={email:``,password:``},this.errors={},this.submitted=!1,this.touched=/* @__PURE__ */ new Set,this.prefilled=!1}static{this.styles=[f,H]}willUpdate(e){e.has(`view`)&&!this.prefilled&&this.view&&(this.prefilled=!0,this.values={...this.values,email:this.view.context.email})}t(e,t){return E(this.view.locale,e,t)}get failure(){return this.view.context.failure}check(e,t){if(!U)return!0;let n=U.check(e===`login`?U.login:e,t,this.view.locale),r={};for(let e of n.errors)(e.field===`email`||e.field===`password`)&&(r[e.field]??=e.message);return this.errors=Object.fromEntries(Object.entries(r).filter(([e])=>this.submitted||this.touched.has(e))),n.success}validate(){return!0}errorOf(e){return this.errors[e]??this.failure?.fields[e]??null}emailField(e={}){let t=this.errorOf(`email`);return b`<certinomis-field
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
></certinomis-field>`}passwordField(e={}){let t=this.errorOf(`password`);return b`<certinomis-password-field
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
></certinomis-password-field>`}edit(e,t){this.values={...this.values,[e]:t},(this.submitted||this.errors[e])&&this.validate()}leave(e){this.touched.add(e),this.validate()}form(e,t){return b`<form
novalidate
@submit=${e=>{e.preventDefault(),this.submit(t)}}
@keydown=${e=>{let n=e.composedPath()[0];e.key===`Enter`&&n instanceof HTMLInputElement&&(e.preventDefault(),this.submit(t))}}
>
${e}
</form>`}submitButton(e,t){return b`<button
type="submit"
class="primary"
part="submit"
?disabled=${e}
aria-busy=${e?`true`:`false`}
>
${t}
</button>`}async submit(e){if(this.view.busy)return;if(this.view.defer){this.view.defer(()=>void this.submit(e));return}if(this.submitted=!0,this.validate()){e();return}await this.updateComplete;let t=Object.entries(this.errors),[n]=t;if(n){let e=this.t(n[0]===`email`?`field.email`:`field.password`);this.view.announce(this.t(se(this.view.locale,t.length,`space.errors`),{n:t.length,first:`${e} : ${n[1]}`}))}await this.focusFirstError()}renderFailure(e={}){let t=this.failure;if(!t)return o;let n=e[t.status];if(Object.keys(t.fields).length>0){let e=Object.entries(t.fields).filter(([e])=>e!==`email`&&e!==`password`);if(e.length===0)return o;n=e.map(([,e])=>e).join(` `)}else t.status===429?n=this.t(`space.throttled`,{n:t.retryAfter??60}):n===void 0&&(n=t.status===0?this.t(`space.network`):t.message??this.t(`space.failed`));return b`<p class="alert" role="alert">${n}</p>`}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`[error]`);return e?.focus(),e!==null}};p([l({attribute:!1})],W.prototype,`view`,void 0),p([s()],W.prototype,`values`,void 0),p([s()],W.prototype,`errors`,void 0),p([s()],W.prototype,`submitted`,void 0);var he={emailVerified:`notice.emailVerified`,verifyLinkInvalid:`notice.verifyLinkInvalid`,sessionExpired:`notice.sessionExpired`,loginExpired:`notice.loginExpired`,passwordChanged:`notice.passwordChanged`,loggedOut:`notice.loggedOut`,loginDenied:`notice.loginDenied`},G=class extends W{validate(){return this.check(`login`,this.values)}render(){let{context:e,busy:t,send:n}=this.view,{notice:r,order:i}=e;return b`
<h2 tabindex="-1">${this.t(`login.heading`)}</h2>
${r?b`<p class="notice" role="status">${this.t(he[r])}</p>`:o}
${i?b`<p class="notice">${this.t(`login.order`,{order:i})}</p>`:o}
<p class="intro">${this.t(`login.secondFactor`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(b`
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
`}};G=p([i(`certinomis-space-login`)],G);var K={dashboard:[`spaceMachine`,()=>import(`./space-machine-part-DeFFvn4d.js`)],dossier:[`dossier`,()=>import(`./certinomis-dossier-BvP4znWl.js`)]},ge=class{constructor(e,t){this.host=e,this.onReady=t,this.states={dashboard:`idle`,dossier:`idle`},this.loads=/* @__PURE__ */ new Set,this.prefetched=/* @__PURE__ */ new Set,e.addController(this)}hostConnected(){}gate(e,t){let n=this.states[e];return n===`ready`?null:n===`error`?_(t,()=>this.load(e)):(n===`idle`&&this.load(e),g(y(t,`space.loading`)))}prefetch(e){this.states[e]!==`idle`||this.prefetched.has(e)||(this.prefetched.add(e),c(K[e][0]),r(()=>{this.states[e]===`idle`&&this.load(e)}))}get settled(){return Promise.all(this.loads)}load(e){this.states[e]=`loading`,this.host.requestUpdate();let t=n(...K[e]).then(()=>{this.states[e]=`ready`,this.onReady()},()=>{this.states[e]=`error`}).finally(()=>{this.loads.delete(t),this.host.requestUpdate()});this.loads.add(t)}},q=class extends Error{constructor(e){super(e.message??`HTTP ${e.status}`),this.failure=e,this.name=`SpaceRequestError`}};function _e(e){return e instanceof q?e.failure:{status:0,message:null,fields:{},retryAfter:null}}var ve=class{constructor(e){this.options=e}startLogin(e,t){return this.call(`POST`,`/v1/auth/login`,e,t)}pollLogin(e,t){return this.call(`GET`,`/v1/auth/login/${encodeURIComponent(e)}`,void 0,t)}verifyLogin(e,t,n){return this.call(`POST`,`/v1/auth/verify`,t?{token:e,loginAttemptId:t}:{token:e},n)}async register(e,t){await this.call(`POST`,`/v1/auth/register`,{...e,locale:this.options.locale},t)}async verifyEmail(e,t){await this.call(`POST`,`/v1/auth/verify-email`,{token:e},t)}async requestReset(e,t){await this.call(`POST`,`/v1/auth/password-reset`,{email:e,locale:this.options.locale},t)}async denyLogin(e,t){await this.call(`POST`,`/v1/auth/login/deny`,{token:e},t)}async confirmReset(e,t,n){await this.call(`POST`,`/v1/auth/password-reset/confirm`,{token:e,password:t},n)}async logout(e,t){await this.call(`POST`,`/v1/auth/logout`,void 0,t,e)}me(e,t){return this.call(`GET`,`/v1/me`,void 0,t,e)}dossiers(e,t,n){let r=new URLSearchParams;t.status&&r.set(`status`,t.status),t.open&&r.set(`open`,`true`),t.cursor&&r.set(`cursor`,t.cursor),t.limit&&r.set(`limit`,String(t.limit));let i=r.toString()?`?${r}`:``;return this.call(`GET`,`/v1/me/dossiers${i}`,void 0,n,e)}certificates(e,t){return this.call(`GET`,`/v1/me/certificates`,void 0,t,e)}billingDocuments(e,t){return this.call(`GET`,`/v1/me/billing-documents`,void 0,t,e)}requestRevocation(e,t,n,r){let i=`/v1/certificates/${encodeURIComponent(t)}/revocation`;return this.call(`POST`,i,n,r,e)}async confirmRevocation(e,t,n,r){if(t===null){await this.call(`POST`,`/v1/revocations`,{code:n},r);return}let i=`/v1/certificates/${encodeURIComponent(t)}/revocation/confirm`;await this.call(`POST`,i,{code:n},r,e??void 0)}async download(e,t){let n={Authorization:`Bearer ${t}`};this.options.partnerKey&&(n[`X-Partner-Key`]=this.options.partnerKey);let r=new URL(this.options.baseUrl,globalThis.location?.href??`http://localhost/`);r.pathname.endsWith(`/`)||(r.pathname+=`/`);let i=await fetch(new URL(e.replace(/^\//,``),r),{headers:n});if(!i.ok)throw new q({status:i.status,message:null,fields:{},retryAfter:null});return i.blob()}async call(t,n,r,i,a){let o=null,s=new e({baseUrl:this.options.baseUrl,partnerKey:this.options.partnerKey,locale:this.options.locale,fetch:async(e,t)=>{let n=await fetch(e,t),r=Number(n.headers.get(`Retry-After`)??NaN);return o=Number.isFinite(r)?Math.max(1,Math.ceil(r)):null,n.status===204?new Response(`null`,{status:200,headers:{"Content-Type":`application/json`}}):n}});try{return await s.request(t,n,r,i,a?{Authorization:`Bearer ${a}`}:{})}catch(e){if(i?.aborted)throw e;let t=e instanceof re?{status:e.status,message:e.problem?.detail??e.problem?.title??null,fields:Object.fromEntries((e.problem?.errors??[]).map(e=>[e.field,e.message])),retryAfter:o}:{status:0,message:null,fields:{},retryAfter:null};throw(t.status===0||t.status>=500)&&this.options.onTrouble?.(t),new q(t)}}};function J(e){return`certinomis-order:space:${e}`}function Y(){try{return globalThis.sessionStorage??null}catch{return null}}var X=e=>typeof e==`object`&&!!e&&!Array.isArray(e),Z=e=>X(e)&&typeof e.accessToken==`string`&&typeof e.expiresAt==`string`,ye=e=>X(e)&&typeof e.loginAttemptId==`string`&&typeof e.expiresAt==`string`;function Q(e){try{let t=JSON.parse(Y()?.getItem(e)??`null`);return!X(t)||t.v!==1?null:{v:1,email:typeof t.email==`string`?t.email:``,session:Z(t.session)?t.session:null,attempt:ye(t.attempt)?t.attempt:null}}catch{return null}}function be(e,t){try{!t.email&&!t.session&&!t.attempt?Y()?.removeItem(e):Y()?.setItem(e,JSON.stringify(t))}catch{}}var xe=/* @__PURE__ */ ce({CertinomisClientSpace:()=>$}),Se=[`dashboard`,`dashboardAll`,`loggingOut`],$=class extends a{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=`fr`,this.brand=null,this.openDossierId=null,this.done=null,this.renewing=null,this.announcement=``,this.language=new m(this,()=>this.locale),this.lazy=new ge(this,()=>{this.pendingFocus=!0}),this.client=null,this.lastScreen=null,this.pendingFocus=!1,this.session=null,this.machine=`loading`,this.machineLoad=null,this.address=null,this.queued=[],this.deferred=null,this.closeRenewal=()=>{this.renewing=null,this.pendingFocus=!0},this.closeDossier=()=>{this.openDossierId=null,this.done=null,this.pendingFocus=!0},this.onDossierSubmitted=async e=>{let t=this.flow?.snapshot.context.session?.accessToken;if(!t)return;let{id:n}=e.detail;try{let e=await R(this.requests,t,n);if(this.openDossierId!==n)return;this.done=e,await this.updateComplete,this.renderRoot.querySelector(`#done-title`)?.focus()}catch{}},this.onDossierError=e=>{e.detail.status===401&&(this.openDossierId=null,this.send({type:`space.sessionExpired`}))}}static{this.styles=[f,P,te]}async getUpdateComplete(){return await super.getUpdateComplete(),await this.machineLoad,await this.language.settled,await this.lazy.settled,super.getUpdateComplete()}get flow(){return this.session?.flow??null}connectedCallback(){super.connectedCallback(),this.flow||(this.address??=N()),this.machineLoad||this.loadMachine()}loadMachine(){this.machine=`loading`;let e=h(`spaceMachine`,()=>import(`./space-machine-part-DeFFvn4d.js`)).then(e=>this.startMachine(e.SpaceSession),()=>{this.machine=`error`,this.machineLoad=null});this.machineLoad=e}async startMachine(e){let t={storageKey:()=>J(this.baseUrl),address:()=>{let e=this.address??N();return this.address=null,e},requests:()=>this.requests,onChange:e=>this.onFlowChange(e),onStop:()=>{this.lastScreen=null}};this.session=new e(this,t),this.machine=`ready`;let n=this.queued,r=n.length===0?this.deferred:null;this.queued=[],this.deferred=null;for(let e of n)this.session.send(e);r&&(await super.getUpdateComplete(),r())}get screen(){return w(this.flow?.snapshot.value)}get baseUrl(){return new URL(this.api||globalThis.location.origin,globalThis.location.href).toString()}get requests(){let{baseUrl:e,partnerKey:t,locale:n}=this,r=this.client?.options;return this.client&&r?.baseUrl===e&&r.partnerKey===t&&r.locale===n||(this.client=new ve({baseUrl:e,partnerKey:t,locale:n,onTrouble:e=>this.emit(`certinomis:error`,{status:e.status,title:e.message??E(this.locale,`space.network`)})})),this.client}onFlowChange(e){let t=w(e.value);t!==this.lastScreen&&(this.lastScreen!==null&&(this.pendingFocus=!0),this.lastScreen=t,this.emit(`certinomis:step`,{step:t,mode:`space`}))}send(e){this.flow?this.flow.send(e):this.queued=[...this.queued,e]}render(){let e=this.flow;if(!e&&this.isConnected&&this.machine===`ready`)return o;let{locale:t}=this,n=e?.snapshot,r=w(n?.value),i={locale:t,context:n?.context??this.contextBefore(),busy:n?n.hasTag(`busy`):this.queued.length>0||this.deferred!==null,send:e=>this.send(e),...n?{}:{defer:e=>{this.deferred=e}},api:this.requests,session:n?.context.session??null,announce:e=>this.announce(e),openDossier:e=>{this.emit(`certinomis:dossier-open`,{id:e}),this.done=null,this.openDossierId=e,this.pendingFocus=!0},renew:e=>{this.renewing=e,this.pendingFocus=!0}};return b`<div class="frame" lang=${t}>
<header>
${this.renderTitle(t)}
${A(t,E(t,`space.language`),e=>this.onLanguage(e))}
${Se.includes(r)?this.renderAccount(i):o}
</header>
${n?this.renderScreen(r,i):this.renderBefore(i)}
</div>
<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}renderBefore(e){if(this.machine===`error`)return _(e.locale,()=>this.loadMachine());let t=Q(J(this.baseUrl));return this.address?.link||t?.session||t?.attempt?g(y(e.locale,`space.loading`)):this.renderScreen(`login`,e)}contextBefore(){let e=this.address;return C({email:e?.email??Q(J(this.baseUrl))?.email??``,order:e?.order??null})}renderTitle(e){let t=this.brand??v(null,this.baseUrl);return b`<div class="heading">
${ie(t,e)}
<p class="title">${E(e,`space.title`,{name:t.branding.displayName})}</p>
${ne(t,e)}
</div>`}renderAccount(e){let t=e.context.account?.email??e.context.email;return j({label:E(e.locale,`account.label`),who:E(e.locale,`account.email`,{email:t}),logout:E(e.locale,`account.logout`),busy:e.busy,onLogout:()=>this.send({type:`space.logout`})})}renderScreen(e,t){switch(e){case`login`:return this.lazy.prefetch(`dashboard`),b`<certinomis-space-login data-screen exportparts="field, submit" .view=${t}></certinomis-space-login>`;case`register`:return b`<certinomis-space-register data-screen exportparts="field, submit" .view=${t}></certinomis-space-register>`;case`forgotPassword`:return b`<certinomis-space-forgot-password data-screen exportparts="field, submit" .view=${t}></certinomis-space-forgot-password>`;case`resetPassword`:return b`<certinomis-space-reset-password data-screen exportparts="field, submit" .view=${t}></certinomis-space-reset-password>`;case`denyLogin`:case`loginDenied`:return b`<certinomis-space-deny-login
data-screen
exportparts="submit"
?denied=${e===`loginDenied`}
.view=${t}
></certinomis-space-deny-login>`;case`revocation`:return this.lazy.gate(`dashboard`,t.locale)??b`<certinomis-space-revocation-page data-screen .view=${t}></certinomis-space-revocation-page>`;case`awaitingLink`:return b`<certinomis-space-awaiting-link data-screen .view=${t}></certinomis-space-awaiting-link>`;case`dashboard`:case`dashboardAll`:return this.openDossierId&&t.session?this.renderDossier(this.openDossierId,t):this.renewing&&t.session?this.lazy.gate(`dashboard`,t.locale)??this.renderRenewal(this.renewing,t):(this.lazy.prefetch(`dossier`),this.lazy.gate(`dashboard`,t.locale)??(e===`dashboard`?b`<certinomis-space-dashboard data-screen exportparts="dossier-button" .view=${t}></certinomis-space-dashboard>`:b`<certinomis-space-dossiers data-screen exportparts="field, dossier-button" .view=${t}></certinomis-space-dossiers>`));default:return b`<certinomis-space-message
data-screen
kind=${e}
.view=${t}
></certinomis-space-message>`}}renderDossier(e,t){return this.lazy.gate(`dossier`,t.locale)??b`<div class="dossier-frame">
<button type="button" class="link back" @click=${this.closeDossier}>
${E(t.locale,`dossier.back`)}
</button>
${this.done?.id===e?z(t.locale,this.done,e=>t.openDossier(e),this.closeDossier):o}
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
</div>`}renderRenewal(e,t){return b`<certinomis-space-renewal
data-screen
exportparts="card, order-button, stepper, buttons, field, summary"
.start=${e}
api=${this.api}
partner-key=${this.partnerKey??o}
locale=${t.locale}
@certinomis-space-renewal-close=${this.closeRenewal}
></certinomis-space-renewal>`}onLanguage(e){e!==this.locale&&this.emit(`certinomis:locale`,{locale:e})}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){if(!this.pendingFocus)return;this.pendingFocus=!1;let e=this.renderRoot.querySelector(`[data-screen]`);e&&(await e.updateComplete,await e.focusHeading())}emit(e,t){this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}};p([l()],$.prototype,`api`,void 0),p([l({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),p([l()],$.prototype,`locale`,void 0),p([l({attribute:!1})],$.prototype,`brand`,void 0),p([s()],$.prototype,`openDossierId`,void 0),p([s()],$.prototype,`done`,void 0),p([s()],$.prototype,`renewing`,void 0),p([s()],$.prototype,`announcement`,void 0),p([s()],$.prototype,`machine`,void 0),p([s()],$.prototype,`queued`,void 0),p([s()],$.prototype,`deferred`,void 0),$=p([i(`certinomis-client-space`)],$);export{$ as CertinomisClientSpace,W as a,F as c,O as d,E as f,ue as g,C as h,_e as i,I as l,le as m,Q as n,me as o,fe as p,be as r,H as s,xe as t,D as u};
//# sourceMappingURL=client-space-DsVEhPdh.js.map