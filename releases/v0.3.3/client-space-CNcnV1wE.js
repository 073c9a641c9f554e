import{C as e,E as t,F as n,I as r,L as i,N as a,O as o,P as s,S as c,V as l,a as u,b as d,d as f,f as ee,g as p,h as m,i as h,k as g,l as _,n as v,o as te,t as y,u as b,v as x,z as S}from"./certinomis-order.js";import{n as C,t as w}from"./plural-DheKwRht.js";var T=Object.defineProperty,E=(e,t)=>{let n={};for(var r in e)T(n,r,{get:e[r],enumerable:!0});return t||T(n,Symbol.toStringTag,{value:`Module`}),n};function D(e){return{email:e.email??``,order:e.order??null,link:e.link??null,attempt:e.attempt??null,session:e.session??null,account:null,notice:null,failure:null}}function O(e){return typeof e==`object`&&e&&`status`in e&&typeof e.status==`number`&&`fields`in e?e:{status:0,message:null,fields:{},retryAfter:null}}var ne=e=>typeof e==`object`&&!!e&&`accessToken`in e;function k(e){if(typeof e==`string`)return e===`boot`?`login`:e;if(typeof e==`object`&&e){let[t,n]=Object.entries(e)[0]??[`login`,null];return t===`dashboard`?n===`all`?`dashboardAll`:`dashboard`:t}return`login`}var re={"space.title":`Espace client {name}`,"space.language":d.language,"space.loading":`Chargement…`,"space.required":d.required,"space.errors":d.errors,"space.errors.one":d.errorsOne,"space.network":d.network,"space.failed":d.failed,"space.throttled":`Trop de tentatives… réessayez dans {n} s.`,"space.backToLogin":`Retour à la connexion`,"space.toLogin":`Se connecter`,"field.email":`Adresse e-mail`,"field.password":`Mot de passe`,"field.newPassword":`Nouveau mot de passe`,"password.show":`Afficher le mot de passe`,"login.heading":`Connexion`,"login.intro":`Connectez-vous pour suivre vos commandes et compléter vos dossiers de certificats.`,"login.secondFactor":`La connexion se fait par un second facteur qui est un lien reçu par mail : après votre mot de passe, cliquez sur le lien de l’e-mail que nous vous envoyons.`,"login.order":`Commande {order} : pour la compléter, créez votre compte (S’enregistrer) avec l’adresse e-mail renseignée lors de la commande, ou connectez-vous si vous en avez déjà un.`,"login.forgot":`Mot de passe oublié ?`,"login.submit":`Connexion`,"login.submitting":`Connexion…`,"login.or":`OU`,"login.register":`S’enregistrer`,"login.invalid":`L’adresse e-mail ou le mot de passe est incorrect. Vous venez de créer votre compte ? Confirmez d’abord votre adresse avec le lien reçu par e-mail : si le mot de passe est le bon, il vous est renvoyé.`,"login.unverified":`Votre adresse e-mail n’est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation. Ouvrez-le, puis connectez-vous.`,"notice.emailVerified":`Adresse confirmée, vous pouvez vous connecter.`,"notice.verifyLinkInvalid":`Ce lien de confirmation n’est plus valable (déjà utilisé ou expiré). Connectez-vous : si votre adresse n’est pas encore confirmée, un nouveau lien vous sera envoyé.`,"notice.sessionExpired":`Votre session a expiré. Reconnectez-vous.`,"notice.loginExpired":`Le lien de connexion a expiré. Connectez-vous à nouveau.`,"notice.passwordChanged":`Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.`,"notice.loggedOut":`Vous êtes déconnecté.`,"notice.loginDenied":`Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous.`},A=e({fr:re,en:()=>g(`widget/i18n/space-en.ts`,()=>import(`./space-en-B25kclDI.js`)).then(e=>e.spaceEn)}),j=A.text;A.parts;var M=[{locale:`fr`,name:`Français`},{locale:`en`,name:`English`}];function N(e,t,n){return S`<div class="lang">
<label for="language">${t}</label>
<select
id="language"
part="language"
@change=${e=>n(e.target.value===`en`?`en`:`fr`)}
>
${M.map(t=>S`<option
value=${t.locale}
lang=${t.locale}
?selected=${t.locale===e}
>
${t.name}
</option>`)}
</select>
</div>`}function P(e){return S`<div class="account" role="group" aria-label=${e.label}>
<p>${e.who}</p>
<button type="button" part="logout" ?disabled=${e.busy} @click=${e.onLogout}>
${e.logout}
</button>
</div>`}var F=[`login`,`verify`,`reset`,`deny`];function I(){let e;try{e=new URL(globalThis.location.href)}catch{return{link:null,email:null,order:null}}let t=e.searchParams,n=null,r=!1;for(let e of F){let i=t.get(e);i!==null&&(r=!0,i&&!n&&(n={kind:e,token:i}),t.delete(e))}if(r)try{let n=t.toString();history.replaceState(history.state,``,`${e.pathname}${n?`?${n}`:``}${e.hash}`)}catch{}return!n&&e.hash===`#revocation`&&(n={kind:`revocation`,token:``}),{link:n,email:t.get(`email`),order:t.get(`order`)}}var L=l`
${u}

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
`,R=class extends r{constructor(...e){super(...e),this.name=``,this.label=``,this.value=``,this.required=!1,this.help=``,this.error=null,this.autocomplete=`current-password`,this.toggleLabel=`Afficher le mot de passe`,this.shown=!1}static{this.styles=[p,C,l`
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
`]}static{this.shadowRootOptions={...r.shadowRootOptions,delegatesFocus:!0}}render(){let e=[this.help?`h`:``,this.error?`e`:``].join(` `).trim()||i;return S`
<label for="c" part="label"
>${this.label}${this.required?S`<span class="req" aria-hidden="true"> *</span>`:i}</label
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
${this.shown?B:z}
</button>
</div>
${this.help?S`<p id="h" class="help" part="help">${this.help}</p>`:i}
<p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
`}onInput(e){this.value=e.target.value}onChange(){this.dispatchEvent(new Event(`change`,{bubbles:!0}))}};m([s({reflect:!0})],R.prototype,`name`,void 0),m([s()],R.prototype,`label`,void 0),m([s()],R.prototype,`value`,void 0),m([s({type:Boolean})],R.prototype,`required`,void 0),m([s()],R.prototype,`help`,void 0),m([s({reflect:!0})],R.prototype,`error`,void 0),m([s()],R.prototype,`autocomplete`,void 0),m([s({attribute:`toggle-label`})],R.prototype,`toggleLabel`,void 0),m([a()],R.prototype,`shown`,void 0),R=m([n(`certinomis-password-field`)],R);var z=S`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z"/><circle cx="12" cy="12" r="3"/></svg>`,B=S`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M17.94 17.94A10.07 10.07 0 0 1 12 19c-7 0-11-7-11-7a18.45 18.45 0 0 1 5.06-5.94"/><path d="M9.9 4.24A9.12 9.12 0 0 1 12 4c7 0 11 8 11 8a18.5 18.5 0 0 1-2.16 3.19"/><path d="m1 1 22 22"/><path d="M14.12 14.12a3 3 0 1 1-4.24-4.24"/></svg>`,V=l`
${te}

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
`,H=null;function U(e){H=e}var W=class extends r{constructor(...e){super(...e),this.values={email:``,password:``},this.errors={},this.submitted=!1,this.touched=/* @__PURE__ */ new Set,this.prefilled=!1}static{this.styles=[p,V]}willUpdate(e){e.has(`view`)&&!this.prefilled&&this.view&&(this.prefilled=!0,this.values={...this.values,email:this.view.context.email})}t(e,t){return j(this.view.locale,e,t)}get failure(){return this.view.context.failure}check(e,t){if(!H)return!0;let n=H.check(e===`login`?H.login:e,t,this.view.locale),r={};for(let e of n.errors)(e.field===`email`||e.field===`password`)&&(r[e.field]??=e.message);return this.errors=Object.fromEntries(Object.entries(r).filter(([e])=>this.submitted||this.touched.has(e))),n.success}validate(){return!0}errorOf(e){return this.errors[e]??this.failure?.fields[e]??null}emailField(e={}){let t=this.errorOf(`email`);return S`<certinomis-field
part="field"
name="email"
type="email"
label=${this.t(`field.email`)}
required
.value=${this.values.email}
help=${e.help??``}
error=${t??i}
autocomplete=${e.autocomplete??`email`}
@input=${e=>this.edit(`email`,e.target.value)}
@change=${()=>this.leave(`email`)}
></certinomis-field>`}passwordField(e={}){let t=this.errorOf(`password`);return S`<certinomis-password-field
part="field"
name="password"
label=${e.label??this.t(`field.password`)}
toggle-label=${this.t(`password.show`)}
required
.value=${this.values.password}
help=${e.help??``}
error=${t??i}
autocomplete=${e.autocomplete??`current-password`}
@input=${e=>this.edit(`password`,e.target.value)}
@change=${()=>this.leave(`password`)}
></certinomis-password-field>`}edit(e,t){this.values={...this.values,[e]:t},(this.submitted||this.errors[e])&&this.validate()}leave(e){this.touched.add(e),this.validate()}form(e,t){return S`<form
novalidate
@submit=${e=>{e.preventDefault(),this.submit(t)}}
@keydown=${e=>{let n=e.composedPath()[0];e.key===`Enter`&&n instanceof HTMLInputElement&&(e.preventDefault(),this.submit(t))}}
>
${e}
</form>`}submitButton(e,t){return S`<button
type="submit"
class="primary"
part="submit"
?disabled=${e}
aria-busy=${e?`true`:`false`}
>
${t}
</button>`}async submit(e){if(this.view.busy)return;if(this.view.defer){this.view.defer(()=>void this.submit(e));return}if(this.submitted=!0,this.validate()){e();return}await this.updateComplete;let t=Object.entries(this.errors),[n]=t;if(n){let e=this.t(n[0]===`email`?`field.email`:`field.password`);this.view.announce(this.t(w(this.view.locale,t.length,`space.errors`),{n:t.length,first:`${e} : ${n[1]}`}))}await this.focusFirstError()}renderFailure(e={}){let t=this.failure;if(!t)return i;let n=e[t.status];if(Object.keys(t.fields).length>0){let e=Object.entries(t.fields).filter(([e])=>e!==`email`&&e!==`password`);if(e.length===0)return i;n=e.map(([,e])=>e).join(` `)}else t.status===429?n=this.t(`space.throttled`,{n:t.retryAfter??60}):n===void 0&&(n=t.status===0?this.t(`space.network`):t.message??this.t(`space.failed`));return S`<p class="alert" role="alert">${n}</p>`}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`[error]`);return e?.focus(),e!==null}};m([s({attribute:!1})],W.prototype,`view`,void 0),m([a()],W.prototype,`values`,void 0),m([a()],W.prototype,`errors`,void 0),m([a()],W.prototype,`submitted`,void 0);var G={emailVerified:`notice.emailVerified`,verifyLinkInvalid:`notice.verifyLinkInvalid`,sessionExpired:`notice.sessionExpired`,loginExpired:`notice.loginExpired`,passwordChanged:`notice.passwordChanged`,loggedOut:`notice.loggedOut`,loginDenied:`notice.loginDenied`},K=class extends W{validate(){return this.check(`login`,this.values)}render(){let{context:e,busy:t,send:n}=this.view,{notice:r,order:a}=e;return S`
<h2 tabindex="-1">${this.t(`login.heading`)}</h2>
${r?S`<p class="notice" role="status">${this.t(G[r])}</p>`:i}
${a?S`<p class="notice">${this.t(`login.order`,{order:a})}</p>`:i}
<p class="intro">${this.t(`login.secondFactor`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(S`
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
`}};K=m([n(`certinomis-space-login`)],K);var q={dashboard:[`spaceMachine`,()=>import(`./space-machine-part-Dmm7GBv3.js`)],dossier:[`dossier`,()=>import(`./certinomis-dossier-CYizLHjt.js`)]},J=class{constructor(e,t){this.host=e,this.onReady=t,this.states={dashboard:`idle`,dossier:`idle`},this.loads=/* @__PURE__ */ new Set,this.prefetched=/* @__PURE__ */ new Set,this.awaited=/* @__PURE__ */ new Set,e.addController(this)}hostConnected(){}gate(e,t){let n=this.states[e];return n===`ready`?null:n===`error`?y(t,()=>this.load(e)):(n===`idle`&&this.load(e),this.awaited.add(e),v(x(t,`space.loading`)))}prefetch(e){this.states[e]!==`idle`||this.prefetched.has(e)||(this.prefetched.add(e),o(q[e][0]),t(()=>{this.states[e]===`idle`&&this.load(e)}))}get settled(){return Promise.all(this.loads)}load(e){this.states[e]=`loading`,this.host.requestUpdate();let t=g(...q[e]).then(()=>{this.states[e]=`ready`,this.awaited.delete(e)&&this.onReady()},()=>{this.states[e]=`error`}).finally(()=>{this.loads.delete(t),this.host.requestUpdate()});this.loads.add(t)}};function Y(e){return`certinomis-order:space:${e}`}function X(){try{return globalThis.sessionStorage??null}catch{return null}}var Z=e=>typeof e==`object`&&!!e&&!Array.isArray(e),ie=e=>Z(e)&&typeof e.accessToken==`string`&&typeof e.expiresAt==`string`,ae=e=>Z(e)&&typeof e.loginAttemptId==`string`&&typeof e.expiresAt==`string`;function Q(e){try{let t=JSON.parse(X()?.getItem(e)??`null`);return!Z(t)||t.v!==1?null:{v:1,email:typeof t.email==`string`?t.email:``,session:ie(t.session)?t.session:null,attempt:ae(t.attempt)?t.attempt:null}}catch{return null}}function oe(e,t){try{!t.email&&!t.session&&!t.attempt?X()?.removeItem(e):X()?.setItem(e,JSON.stringify(t))}catch{}}var se=/* @__PURE__ */ E({CertinomisClientSpace:()=>$}),ce=[`dashboard`,`dashboardAll`,`loggingOut`],$=class extends r{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=`fr`,this.brand=null,this.openDossierId=null,this.done=null,this.renewing=null,this.announcement=``,this.language=new h(this,()=>this.locale),this.lazy=new J(this,()=>{this.pendingFocus=!0}),this.client=null,this.lastScreen=null,this.pendingFocus=!1,this.session=null,this.machinePart=null,this.machine=`loading`,this.machineLoad=null,this.address=null,this.queued=[],this.deferred=null,this.logout=()=>this.send({type:`space.logout`}),this.closeRenewal=()=>{this.renewing=null,this.pendingFocus=!0},this.closeDossier=()=>{this.openDossierId=null,this.done=null,this.pendingFocus=!0},this.onDossierSubmitted=async e=>{let t=this.flow?.snapshot.context.session?.accessToken;if(!t)return;let{id:n}=e.detail;try{if(!this.machinePart)return;let e=await this.machinePart.dossierDone(this.requests,t,n);if(this.openDossierId!==n)return;this.done=e,await this.updateComplete,this.renderRoot.querySelector(`#done-title`)?.focus()}catch{}},this.onDossierError=e=>{e.detail.status===401&&(this.openDossierId=null,this.send({type:`space.sessionExpired`}))}}static{this.styles=[p,L,f]}async getUpdateComplete(){return await super.getUpdateComplete(),await this.machineLoad,await this.language.settled,await this.lazy.settled,super.getUpdateComplete()}get flow(){return this.session?.flow??null}connectedCallback(){super.connectedCallback(),this.flow||(this.address??=I()),this.machineLoad||this.loadMachine()}loadMachine(){this.machine=`loading`;let e=g(`spaceMachine`,()=>import(`./space-machine-part-Dmm7GBv3.js`)).then(async e=>(await c(this.locale).catch(()=>void 0),this.startMachine(e)),()=>{this.machine=`error`,this.machineLoad=null});this.machineLoad=e}async startMachine(e){this.machinePart=e;let t={storageKey:()=>Y(this.baseUrl),address:()=>{let e=this.address??I();return this.address=null,e},requests:()=>this.requests,onChange:e=>this.onFlowChange(e),onStop:()=>{this.lastScreen=null}};this.session=new e.SpaceSession(this,t),this.machine=`ready`;let n=this.queued,r=n.length===0?this.deferred:null;this.queued=[],this.deferred=null;for(let e of n)this.session.send(e);r&&(await super.getUpdateComplete(),r())}get screen(){return k(this.flow?.snapshot.value)}get baseUrl(){return new URL(this.api||globalThis.location.origin,globalThis.location.href).toString()}get requests(){let e=this.machinePart?.SpaceApi;if(!e)throw Error(`the client space’s requests come with its machine part`);let{baseUrl:t,partnerKey:n,locale:r}=this,i=this.client?.options;return this.client&&i?.baseUrl===t&&i.partnerKey===n&&i.locale===r||(this.client=new e({baseUrl:t,partnerKey:n,locale:r,onTrouble:e=>this.emit(`certinomis:error`,{status:e.status,title:e.message??j(this.locale,`space.network`)})})),this.client}onFlowChange(e){let t=k(e.value);t!==this.lastScreen&&(this.lastScreen!==null&&(this.pendingFocus=!0),this.lastScreen=t,this.emit(`certinomis:step`,{step:t,mode:`space`}))}send(e){this.flow?this.flow.send(e):this.queued=[...this.queued,e]}render(){let e=this.flow;if(!e&&this.isConnected&&this.machine===`ready`)return i;let{locale:t}=this,n=e?.snapshot,r=k(n?.value),a=()=>this.requests,o={locale:t,context:n?.context??this.contextBefore(),busy:n?n.hasTag(`busy`):this.queued.length>0||this.deferred!==null,send:e=>this.send(e),...n?{}:{defer:e=>{this.deferred=e}},get api(){return a()},session:n?.context.session??null,announce:e=>this.announce(e),openDossier:e=>{this.emit(`certinomis:dossier-open`,{id:e}),this.done=null,this.openDossierId=e,this.pendingFocus=!0},renew:e=>{this.renewing=e,this.pendingFocus=!0}};return S`<div class="frame" lang=${t}>
<header>
${this.renderTitle(t)}
${N(t,j(t,`space.language`),e=>this.onLanguage(e))}
${ce.includes(r)?this.machinePart?.renderAccount(o,this.accountFrame):i}
</header>
${n?this.renderScreen(r,o):this.renderBefore(o)}
</div>
<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}renderBefore(e){if(this.machine===`error`)return y(e.locale,()=>this.loadMachine());let t=Q(Y(this.baseUrl));return this.address?.link||t?.session||t?.attempt?v(x(e.locale,`space.loading`)):this.renderScreen(`login`,e)}contextBefore(){let e=this.address;return D({email:e?.email??Q(Y(this.baseUrl))?.email??``,order:e?.order??null})}renderTitle(e){let t=this.brand??b(null,this.baseUrl);return S`<div class="heading">
${_(t,e)}
<p class="title">${j(e,`space.title`,{name:t.branding.displayName})}</p>
${ee(t,e)}
</div>`}renderScreen(e,t){switch(e){case`login`:return this.lazy.prefetch(`dashboard`),S`<certinomis-space-login data-screen exportparts="field, submit" .view=${t}></certinomis-space-login>`;case`register`:return S`<certinomis-space-register data-screen exportparts="field, submit" .view=${t}></certinomis-space-register>`;case`forgotPassword`:return S`<certinomis-space-forgot-password data-screen exportparts="field, submit" .view=${t}></certinomis-space-forgot-password>`;case`resetPassword`:return S`<certinomis-space-reset-password data-screen exportparts="field, submit" .view=${t}></certinomis-space-reset-password>`;case`denyLogin`:case`loginDenied`:return S`<certinomis-space-deny-login
data-screen
exportparts="submit"
?denied=${e===`loginDenied`}
.view=${t}
></certinomis-space-deny-login>`;case`awaitingLink`:return S`<certinomis-space-awaiting-link data-screen .view=${t}></certinomis-space-awaiting-link>`;case`revocation`:case`dashboard`:case`dashboardAll`:return this.machinePart?.renderAccountScreen(e,t,this.accountFrame)??i;default:return S`<certinomis-space-message
data-screen
kind=${e}
.view=${t}
></certinomis-space-message>`}}get accountFrame(){return{lazy:this.lazy,api:this.api,partnerKey:this.partnerKey,openDossierId:this.openDossierId,done:this.done,renewing:this.renewing,closeDossier:this.closeDossier,closeRenewal:this.closeRenewal,onDossierError:this.onDossierError,onDossierSubmitted:this.onDossierSubmitted,logout:this.logout}}onLanguage(e){e!==this.locale&&this.emit(`certinomis:locale`,{locale:e})}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){if(!this.pendingFocus)return;this.pendingFocus=!1;let e=this.renderRoot.querySelector(`[data-screen]`);e&&(await e.updateComplete,await e.focusHeading())}emit(e,t){this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}};m([s()],$.prototype,`api`,void 0),m([s({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),m([s()],$.prototype,`locale`,void 0),m([s({attribute:!1})],$.prototype,`brand`,void 0),m([a()],$.prototype,`openDossierId`,void 0),m([a()],$.prototype,`done`,void 0),m([a()],$.prototype,`renewing`,void 0),m([a()],$.prototype,`announcement`,void 0),m([a()],$.prototype,`machine`,void 0),m([a()],$.prototype,`queued`,void 0),m([a()],$.prototype,`deferred`,void 0),$=m([n(`certinomis-client-space`)],$);export{$ as CertinomisClientSpace,U as a,j as c,ne as d,W as i,O as l,Q as n,V as o,oe as r,P as s,se as t,D as u};
//# sourceMappingURL=client-space-CNcnV1wE.js.map