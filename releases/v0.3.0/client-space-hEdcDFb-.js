import{C as e,T as t,_ as n,a as r,b as i,c as a,f as o,g as s,h as c,i as l,m as u,n as d,p as f,r as ee,s as te,t as ne,v as p,x as m,y as h}from"./notice.styles-DZDzJTdc.js";import{A as re,B as g,C as ie,D as _,E as ae,F as oe,G as se,H as v,I as ce,J as y,K as le,L as b,M as ue,N as de,O as fe,P as x,R as pe,S,U as C,V as me,W as he,X as ge,Y as w,Z as _e,_ as ve,a as ye,b as be,ct as T,g as xe,i as Se,it as E,j as D,k as Ce,m as O,n as we,o as Te,ot as Ee,p as De,q as k,r as Oe,st as A,t as ke,v as Ae,x as je,y as Me,z as j}from"./step.styles-ZEbnk9W2.js";import{a as Ne,i as Pe,o as Fe,s as Ie,t as Le}from"./certinomis-order.js";function Re(e){return{email:e.email??``,order:e.order??null,link:e.link??null,attempt:e.attempt??null,session:e.session??null,account:null,notice:null,failure:null}}function M(e){return typeof e==`object`&&e&&`status`in e&&typeof e.status==`number`&&`fields`in e?e:{status:0,message:null,fields:{},retryAfter:null}}var ze=e=>typeof e==`object`&&!!e&&`accessToken`in e;function Be(e){if(typeof e==`string`)return e===`boot`?`login`:e;if(typeof e==`object`&&e){let[t,n]=Object.entries(e)[0]??[`login`,null];return t===`dashboard`?n===`all`?`dashboardAll`:`dashboard`:t}return`login`}function N(e){return T(async()=>{throw Error(`${e} not provided`)})}var Ve=Ee({types:{context:{},events:{},input:{}},actors:{startLogin:N(`startLogin`),pollLogin:N(`pollLogin`),verifyLogin:N(`verifyLogin`),register:N(`register`),verifyEmail:N(`verifyEmail`),requestReset:N(`requestReset`),confirmReset:N(`confirmReset`),denyLogin:N(`denyLogin`),loadAccount:N(`loadAccount`),logout:N(`logout`)},delays:{pollInterval:2e3},guards:{linkIs:({context:e},t)=>e.link?.kind===t,hasSession:({context:e})=>e.session!==null,hasAttempt:({context:e})=>e.attempt!==null},actions:{clearMessages:A({notice:null,failure:null}),notify:A({notice:(e,t)=>t}),forgetSession:A({session:null,account:null}),forgetAttempt:A({attempt:null}),forgetLink:A({link:null}),rememberEmail:A({email:({context:e,event:t})=>`email`in t&&typeof t.email==`string`?t.email.trim():e.email})}}).createMachine({id:`space`,context:({input:e})=>Re(e),initial:`boot`,states:{boot:{always:[{guard:{type:`linkIs`,params:`verify`},target:`verifyingEmail`},{guard:{type:`linkIs`,params:`login`},target:`verifyingLink`},{guard:{type:`linkIs`,params:`reset`},target:`resetPassword`},{guard:{type:`linkIs`,params:`deny`},target:`denyLogin`},{guard:`hasSession`,target:`dashboard`},{guard:`hasAttempt`,target:`awaitingLink`},{target:`login`}]},login:{initial:`idle`,exit:`clearMessages`,on:{"space.showRegister":`register`,"space.showForgot":`forgotPassword`},states:{idle:{on:{"space.login":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`startLogin`,input:({event:e})=>e.type===`space.login`?{email:e.email,password:e.password}:{email:``,password:``},onDone:{target:`#space.awaitingLink`,actions:A({attempt:({event:e})=>e.output})},onError:{target:`idle`,actions:A({failure:({event:e})=>M(e.error)})}}}}},awaitingLink:{initial:`polling`,exit:`clearMessages`,on:{"space.showLogin":{target:`login`,actions:`forgetAttempt`}},states:{polling:{invoke:{src:`pollLogin`,input:({context:e})=>({loginAttemptId:e.attempt?.loginAttemptId??``}),onDone:[{guard:({event:e})=>ze(e.output),target:`#space.dashboard`,actions:[A({session:({event:e})=>e.output}),`forgetAttempt`]},{target:`waiting`}],onError:[{guard:({event:e})=>M(e.error).status===404,target:`#space.login`,actions:[`forgetAttempt`,{type:`notify`,params:`loginExpired`}]},{guard:({event:e})=>M(e.error).status===403,target:`#space.login`,actions:[`forgetAttempt`,{type:`notify`,params:`loginDenied`}]},{target:`waiting`}]}},waiting:{after:{pollInterval:`polling`}}}},verifyingLink:{tags:`busy`,exit:`forgetLink`,invoke:{src:`verifyLogin`,input:({context:e})=>({token:e.link?.token??``,loginAttemptId:e.attempt?.loginAttemptId??null}),onDone:[{guard:({event:e})=>ze(e.output),target:`dashboard`,actions:[A({session:({event:e})=>e.output}),`forgetAttempt`]},{target:`approved`}],onError:{target:`linkInvalid`,actions:A({failure:({event:e})=>M(e.error)})}}},approved:{on:{"space.showLogin":`login`}},linkInvalid:{exit:`clearMessages`,on:{"space.showLogin":`login`}},register:{initial:`idle`,exit:`clearMessages`,on:{"space.showLogin":`login`},states:{idle:{on:{"space.register":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`register`,input:({event:e})=>e.type===`space.register`?{email:e.email,password:e.password}:{email:``,password:``},onDone:`#space.registered`,onError:{target:`idle`,actions:A({failure:({event:e})=>M(e.error)})}}}}},registered:{on:{"space.showLogin":`login`}},verifyingEmail:{tags:`busy`,exit:`forgetLink`,invoke:{src:`verifyEmail`,input:({context:e})=>({token:e.link?.token??``}),onDone:{target:`login`,actions:{type:`notify`,params:`emailVerified`}},onError:{target:`login`,actions:{type:`notify`,params:`verifyLinkInvalid`}}}},forgotPassword:{initial:`idle`,exit:`clearMessages`,on:{"space.showLogin":`login`},states:{idle:{on:{"space.requestReset":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`requestReset`,input:({event:e})=>({email:e.type===`space.requestReset`?e.email:``}),onDone:`#space.resetRequested`,onError:{target:`idle`,actions:A({failure:({event:e})=>M(e.error)})}}}}},resetRequested:{on:{"space.showLogin":`login`}},resetPassword:{initial:`idle`,exit:[`clearMessages`,`forgetLink`],on:{"space.showLogin":`login`,"space.showForgot":`forgotPassword`},states:{idle:{on:{"space.confirmReset":{target:`submitting`,actions:`clearMessages`}}},submitting:{tags:`busy`,invoke:{src:`confirmReset`,input:({context:e,event:t})=>({token:e.link?.token??``,password:t.type===`space.confirmReset`?t.password:``}),onDone:{target:`#space.login`,actions:[`forgetSession`,`forgetAttempt`,{type:`notify`,params:`passwordChanged`}]},onError:{target:`idle`,actions:A({failure:({event:e})=>M(e.error)})}}}}},denyLogin:{initial:`idle`,exit:[`clearMessages`,`forgetLink`],on:{"space.showLogin":`login`},states:{idle:{on:{"space.confirmDeny":{target:`submitting`,actions:`clearMessages`}}},submitting:{tags:`busy`,invoke:{src:`denyLogin`,input:({context:e})=>({token:e.link?.token??``}),onDone:`#space.loginDenied`,onError:{target:`idle`,actions:A({failure:({event:e})=>M(e.error)})}}}}},loginDenied:{on:{"space.showLogin":`login`,"space.showForgot":`forgotPassword`}},dashboard:{initial:`overview`,invoke:{src:`loadAccount`,input:({context:e})=>({accessToken:e.session?.accessToken??``}),onDone:{actions:A({account:({event:e})=>e.output})},onError:{guard:({event:e})=>M(e.error).status===401,target:`login`,actions:[`forgetSession`,{type:`notify`,params:`sessionExpired`}]}},on:{"space.logout":`loggingOut`,"space.sessionExpired":{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`sessionExpired`}]}},states:{overview:{on:{"space.showAll":`all`}},all:{on:{"space.showOverview":`overview`}}}},loggingOut:{tags:`busy`,invoke:{src:`logout`,input:({context:e})=>({accessToken:e.session?.accessToken??``}),onDone:{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`loggedOut`}]},onError:{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`loggedOut`}]}}}}}),He=[{locale:`fr`,name:`Français`},{locale:`en`,name:`English`}];function Ue(t,n,r){return e`<div class="lang">
    <label for="language">${n}</label>
    <select
      id="language"
      part="language"
      @change=${e=>r(e.target.value===`en`?`en`:`fr`)}
    >
      ${He.map(n=>e`<option
            value=${n.locale}
            lang=${n.locale}
            ?selected=${n.locale===t}
          >
            ${n.name}
          </option>`)}
    </select>
  </div>`}function We(t){return e`<div class="account" role="group" aria-label=${t.label}>
    <p>${t.who}</p>
    <button type="button" part="logout" ?disabled=${t.busy} @click=${t.onLogout}>
      ${t.logout}
    </button>
  </div>`}var Ge={"space.title":`Espace client {name}`,"space.language":a.language,"space.loading":`Chargement…`,"space.required":a.required,"space.errors":a.errors,"space.errors.one":a.errorsOne,"space.network":a.network,"space.failed":a.failed,"space.throttled":`Trop de tentatives… réessayez dans {n} s.`,"space.backToLogin":`Retour à la connexion`,"space.toLogin":`Se connecter`,"field.email":`Courriel`,"field.password":`Mot de passe`,"field.newPassword":`Nouveau mot de passe`,"password.show":`Afficher le mot de passe`,"login.heading":`Connexion`,"login.intro":`Connectez-vous pour suivre vos commandes et compléter vos dossiers de certificats.`,"login.secondFactor":`La connexion se fait par un second facteur qui est un lien reçu par mail : après votre mot de passe, cliquez sur le lien de l’e-mail que nous vous envoyons.`,"login.order":`Commande {order} : pour la compléter, créez votre compte (S’enregistrer) avec l’adresse e-mail renseignée lors de la commande, ou connectez-vous si vous en avez déjà un.`,"login.forgot":`Mot de passe oublié ?`,"login.submit":`Connexion`,"login.submitting":`Connexion…`,"login.or":`OU`,"login.register":`S’enregistrer`,"login.invalid":`Le courriel ou le mot de passe est incorrect. Vous venez de créer votre compte ? Confirmez d’abord votre adresse avec le lien reçu par e-mail : si le mot de passe est le bon, il vous est renvoyé.`,"login.unverified":`Votre adresse e-mail n’est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation. Ouvrez-le, puis connectez-vous.`,"notice.emailVerified":`Adresse confirmée, vous pouvez vous connecter.`,"notice.verifyLinkInvalid":`Ce lien de confirmation n’est plus valable (déjà utilisé ou expiré). Connectez-vous : si votre adresse n’est pas encore confirmée, un nouveau lien vous sera envoyé.`,"notice.sessionExpired":`Votre session a expiré. Reconnectez-vous.`,"notice.loginExpired":`Le lien de connexion a expiré. Connectez-vous à nouveau.`,"notice.passwordChanged":`Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.`,"notice.loggedOut":`Vous êtes déconnecté.`,"await.heading":`Vérifiez votre boîte mail`,"await.sent":`Un lien de connexion vient d’être envoyé à {email}.`,"await.explain":`Cliquez sur le lien présent dans le mail pour vous connecter à votre espace. Vous pouvez l’ouvrir sur cet appareil ou sur un autre : cette fenêtre se connectera d’elle-même.`,"await.until":`Le lien est valable jusqu’à {time} et ne sert qu’une fois.`,"await.waiting":`En attente de l’ouverture du lien…`,"await.spam":`Rien reçu ? Vérifiez vos courriers indésirables, ou reconnectez-vous pour recevoir un nouveau lien.`,"verifying.login":`Connexion en cours…`,"verifying.email":`Confirmation de votre adresse e-mail…`,"approved.heading":`Connexion approuvée`,"approved.text":`Connexion approuvée : retournez dans la fenêtre où vous avez saisi votre mot de passe, elle se connecte d’elle-même.`,"approved.close":`Vous pouvez fermer cette fenêtre.`,"approved.here":`Se connecter dans cette fenêtre`,"linkInvalid.heading":`Lien invalide ou expiré`,"linkInvalid.text":`Ce lien de connexion n’est plus valable : il a déjà servi ou il a expiré (15 minutes).`,"linkInvalid.again":`Connectez-vous à nouveau pour recevoir un nouveau lien.`,"register.heading":`S’enregistrer`,"register.intro":`Pour compléter votre commande, créez votre compte avec l’adresse e-mail renseignée lors de la prise de commande.`,"register.emailHelp":`Indiquez l’adresse e-mail utilisée pour la commande : c’est elle qui relie votre compte à vos dossiers.`,"register.passwordHelp":`Au moins 8 caractères. Une phrase facile à retenir fait un bon mot de passe.`,"register.submit":`S’enregistrer`,"register.submitting":`Enregistrement…`,"register.haveAccount":`Déjà un compte ?`,"registered.heading":`Confirmez votre adresse`,"registered.text":`Si cette adresse a passé commande, vous allez recevoir un e-mail pour confirmer votre compte.`,"registered.next":`Cliquez sur le lien de cet e-mail, puis connectez-vous.`,"forgot.heading":`Mot de passe oublié`,"forgot.intro":`Indiquez le courriel de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.`,"forgot.submit":`Envoyer le lien`,"forgot.submitting":`Envoi…`,"resetRequested.heading":`Vérifiez votre boîte mail`,"resetRequested.text":`Si un compte existe pour cette adresse, vous allez recevoir un e-mail pour choisir un nouveau mot de passe.`,"resetRequested.next":`Le lien est valable 30 minutes et ne sert qu’une fois.`,"reset.heading":`Nouveau mot de passe`,"reset.intro":`Choisissez le nouveau mot de passe de votre compte.`,"reset.submit":`Enregistrer le mot de passe`,"reset.submitting":`Enregistrement…`,"reset.newLink":`Demander un nouveau lien`,"account.label":`Votre compte`,"account.email":`Connecté : {email}`,"account.logout":`Se déconnecter`,"dashboard.heading":`Tableau de bord`,"dossiers.heading":`Vos demandes de certificats à compléter`,"dossiers.all":`Voir tout`,"dossiers.product":`Nom produit`,"dossiers.status":`Statut`,"dossiers.action":`Action`,"dossiers.row":`{product} — {reference} du {date}`,"dossiers.open":`Compléter le dossier {reference} n°{n}`,"dossiers.empty":`Aucune demande de certificat pour le moment.`,"dossiers.emptyFilter":`Aucune demande avec ce statut.`,"dossiers.loading":`Chargement des demandes…`,"dossiers.failed":`La liste n’a pas pu être chargée.`,"dossiers.retry":a.retry,"dossiers.allHeading":`Toutes vos demandes de certificats`,"dossiers.filter":`Statut`,"dossiers.filterAll":`Tous les statuts`,"dossiers.more":`Afficher plus`,"dossiers.shown":`{n} demandes affichées.`,"dossiers.shown.one":`{n} demande affichée.`,"dossiers.back":`← Tableau de bord`,"certificates.heading":`Prochaines échéances des certificats`,"certificates.identity":`Identité`,"certificates.beneficiary":`Bénéficiaire`,"certificates.status":`Statut`,"certificates.expiry":`Expiration`,"certificates.empty":`PAS DE DONNÉES`,"billing.heading":`Factures et avoirs`,"billing.document":`Document`,"billing.amount":`Montant TTC`,"billing.download":`Télécharger`,"billing.invoice":`Facture {number} — {reference} du {date}`,"billing.creditNote":`Avoir {number} sur la facture {invoice}, du {date}`,"billing.pdf":`PDF (Factur-X) de {number}`,"billing.xml":`XML de {number}`,"billing.empty":`Aucune facture pour le moment.`,"dossier.back":`← Retour au tableau de bord`,"notice.loginDenied":`Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous.`,"deny.heading":`Ce n’était pas vous ?`,"deny.intro":`Vous avez ouvert le lien « Ce n’était pas moi » d’un e-mail de connexion. Confirmez pour annuler cette tentative de connexion : son lien ne fonctionnera plus, et la fenêtre qui l’attend en sera avertie.`,"deny.keep":`Si c’était bien vous, ne faites rien : revenez simplement à la connexion.`,"deny.submit":`Oui, annuler cette connexion`,"deny.submitting":`Annulation…`,"deny.invalid":`Ce lien n’est plus valable : la connexion a déjà été annulée, ou le lien a expiré (7 jours).`,"denied.heading":`Connexion annulée`,"denied.text":`La tentative de connexion est annulée : son lien ne fonctionne plus, et si elle avait ouvert une session, celle-ci est fermée.`,"denied.advice":`Quelqu’un connaît votre mot de passe : changez-le dès maintenant avec « Mot de passe oublié ». Ne cliquez jamais sur un lien de connexion que vous n’avez pas demandé.`,"denied.change":`Changer mon mot de passe`},Ke=o({fr:Ge,en:()=>import(`./space-en-DcR4Lq2e.js`).then(e=>e.spaceEn)}),P=Ke.text,qe=Ke.parts,Je=/* @__PURE__ */ new Map;function Ye(e,t){let n=Je.get(t);n||(n=new Intl.DateTimeFormat(t===`fr`?`fr-FR`:`en-GB`,{day:`2-digit`,month:`2-digit`,year:`numeric`,timeZone:`Europe/Paris`}),Je.set(t,n));let r=new Date(e);return Number.isNaN(r.getTime())?e:n.format(r)}function Xe(e,t){let n=new Date(e);return Number.isNaN(n.getTime())?e:new Intl.DateTimeFormat(t===`fr`?`fr-FR`:`en-GB`,{hour:`2-digit`,minute:`2-digit`}).format(n)}var F=class extends i{constructor(...e){super(...e),this.name=``,this.label=``,this.value=``,this.required=!1,this.help=``,this.error=null,this.autocomplete=`current-password`,this.toggleLabel=`Afficher le mot de passe`,this.shown=!1}static{this.styles=[r,Oe,t`
      .row {
        display: flex;
        gap: 0.35rem;
      }

      input {
        flex: 1;
        min-width: 0;
      }

      button {
        flex: none;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-width: 44px;
        padding: 0 0.6rem;
        background: var(--_surface);
        color: var(--_primary);
        border: 1px solid var(--_border);
      }

      button[aria-pressed='true'] {
        background: var(--_surface-alt);
        border-color: var(--_primary);
      }

      svg {
        width: 1.3rem;
        height: 1.3rem;
      }
    `]}static{this.shadowRootOptions={...i.shadowRootOptions,delegatesFocus:!0}}render(){let t=[this.help?`h`:``,this.error?`e`:``].join(` `).trim()||m;return e`
      <label for="c" part="label"
        >${this.label}${this.required?e`<span class="req" aria-hidden="true"> *</span>`:m}</label
      >
      <div class="row">
        <input
          id="c"
          part="control"
          type=${this.shown?`text`:`password`}
          .value=${this.value}
          aria-required=${this.required?`true`:`false`}
          aria-describedby=${t}
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
          ${this.shown?Qe:Ze}
        </button>
      </div>
      ${this.help?e`<p id="h" class="help" part="help">${this.help}</p>`:m}
      <p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
    `}onInput(e){this.value=e.target.value}onChange(){this.dispatchEvent(new Event(`change`,{bubbles:!0}))}};l([p({reflect:!0})],F.prototype,`name`,void 0),l([p()],F.prototype,`label`,void 0),l([p()],F.prototype,`value`,void 0),l([p({type:Boolean})],F.prototype,`required`,void 0),l([p()],F.prototype,`help`,void 0),l([p({reflect:!0})],F.prototype,`error`,void 0),l([p()],F.prototype,`autocomplete`,void 0),l([p({attribute:`toggle-label`})],F.prototype,`toggleLabel`,void 0),l([n()],F.prototype,`shown`,void 0),F=l([h(`certinomis-password-field`)],F);var Ze=e`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z"/><circle cx="12" cy="12" r="3"/></svg>`,Qe=e`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M17.94 17.94A10.07 10.07 0 0 1 12 19c-7 0-11-7-11-7a18.45 18.45 0 0 1 5.06-5.94"/><path d="M9.9 4.24A9.12 9.12 0 0 1 12 4c7 0 11 8 11 8a18.5 18.5 0 0 1-2.16 3.19"/><path d="m1 1 22 22"/><path d="M14.12 14.12a3 3 0 1 1-4.24-4.24"/></svg>`,$e=t`
  ${ee}

  h3 {
    font-size: 1.1rem;
    margin: 0;
  }

  .intro,
  .help {
    color: var(--_muted);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-width: 28rem;
  }

  form button.primary {
    width: 100%;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }

  .secondary {
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_primary);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .or {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    color: var(--_muted);
    font-weight: 600;
    max-width: 28rem;
  }

  .or::before,
  .or::after {
    content: '';
    flex: 1;
    border-top: 1px solid var(--_border);
  }

  .register {
    max-width: 28rem;
    display: flex;
    justify-content: center;
  }

  .notice,
  .alert {
    border: 1px solid var(--_border);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: 0.75rem var(--_space);
    max-width: 40rem;
  }

  .notice {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }

  .alert {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }

  .status {
    color: var(--_muted);
  }

  .waiting {
    display: flex;
    align-items: center;
    gap: 0.6rem;
  }

  .spinner {
    width: 1.1rem;
    height: 1.1rem;
    flex: none;
    border: 3px solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  strong.address {
    overflow-wrap: anywhere;
  }

  section {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-width: 0;
  }

  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }

  .panels {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 52rem) {
    .panels {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  caption {
    text-align: left;
  }

  th,
  td {
    text-align: left;
    padding: 0.5rem 0.5rem 0.5rem 0;
    vertical-align: middle;
    border-bottom: 1px solid var(--_border);
  }

  thead th {
    font-size: 0.85rem;
    color: var(--_muted);
  }

  .product {
    font-weight: 600;
  }

  .mono {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  td.empty {
    text-align: center;
    color: var(--_muted);
    font-weight: 600;
    letter-spacing: 0.03em;
  }

  .badge {
    display: inline-block;
    padding: 0.15rem 0.55rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85rem;
    font-weight: 600;
    line-height: 1.4;
  }

  /* Dark text on light tints: at least 4.5:1 on every badge. */
  .badge.to_complete,
  .badge.awaiting_paper,
  .badge.awaiting_payment {
    color: #7a4a00;
    background: #fff4d6;
  }

  .badge.to_sign,
  .badge.in_review {
    color: #163e75;
    background: #e3edfb;
  }

  .badge.issued,
  .badge.shipped,
  .badge.at_post_office {
    color: #14532d;
    background: #def7e5;
  }

  .badge.refused {
    color: #8a1c12;
    background: #fde4e1;
  }

  .badge.cancelled {
    color: #3e4c59;
    background: #e9edf1;
  }

  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    padding: 0;
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_border);
  }

  .icon-button svg {
    width: 1.25rem;
    height: 1.25rem;
  }

  .more {
    align-self: flex-start;
  }

  .filter {
    max-width: 20rem;
  }

  @container (max-width: 24rem) {
    th,
    td {
      padding-right: 0.35rem;
    }
  }
`,I=class extends i{constructor(...e){super(...e),this.values={email:``,password:``},this.errors={},this.submitted=!1,this.touched=/* @__PURE__ */ new Set,this.prefilled=!1}static{this.styles=[r,$e]}willUpdate(e){e.has(`view`)&&!this.prefilled&&this.view&&(this.prefilled=!0,this.values={...this.values,email:this.view.context.email})}t(e,t){return P(this.view.locale,e,t)}get failure(){return this.view.context.failure}check(e,t){let n=le(e,t),r={};for(let e of re(n.issues??[],this.view.locale))(e.field===`email`||e.field===`password`)&&(r[e.field]??=e.message);return this.errors=Object.fromEntries(Object.entries(r).filter(([e])=>this.submitted||this.touched.has(e))),n.success}validate(){return!0}errorOf(e){return this.errors[e]??this.failure?.fields[e]??null}emailField(t={}){let n=this.errorOf(`email`);return e`<certinomis-field
      part="field"
      name="email"
      type="email"
      label=${this.t(`field.email`)}
      required
      .value=${this.values.email}
      help=${t.help??``}
      error=${n??m}
      autocomplete=${t.autocomplete??`email`}
      @input=${e=>this.edit(`email`,e.target.value)}
      @change=${()=>this.leave(`email`)}
    ></certinomis-field>`}passwordField(t={}){let n=this.errorOf(`password`);return e`<certinomis-password-field
      part="field"
      name="password"
      label=${t.label??this.t(`field.password`)}
      toggle-label=${this.t(`password.show`)}
      required
      .value=${this.values.password}
      help=${t.help??``}
      error=${n??m}
      autocomplete=${t.autocomplete??`current-password`}
      @input=${e=>this.edit(`password`,e.target.value)}
      @change=${()=>this.leave(`password`)}
    ></certinomis-password-field>`}edit(e,t){this.values={...this.values,[e]:t},(this.submitted||this.errors[e])&&this.validate()}leave(e){this.touched.add(e),this.validate()}form(t,n){return e`<form
      novalidate
      @submit=${e=>{e.preventDefault(),this.submit(n)}}
      @keydown=${e=>{let t=e.composedPath()[0];e.key===`Enter`&&t instanceof HTMLInputElement&&(e.preventDefault(),this.submit(n))}}
    >
      ${t}
    </form>`}submitButton(t,n){return e`<button
      type="submit"
      class="primary"
      part="submit"
      ?disabled=${t}
      aria-busy=${t?`true`:`false`}
    >
      ${n}
    </button>`}async submit(e){if(this.view.busy)return;if(this.submitted=!0,this.validate()){e();return}await this.updateComplete;let t=Object.entries(this.errors),[n]=t;if(n){let e=this.t(n[0]===`email`?`field.email`:`field.password`);this.view.announce(this.t(Te(this.view.locale,t.length,`space.errors`),{n:t.length,first:`${e} : ${n[1]}`}))}await this.focusFirstError()}renderFailure(t={}){let n=this.failure;if(!n)return m;let r=t[n.status];if(Object.keys(n.fields).length>0){let e=Object.entries(n.fields).filter(([e])=>e!==`email`&&e!==`password`);if(e.length===0)return m;r=e.map(([,e])=>e).join(` `)}else n.status===429?r=this.t(`space.throttled`,{n:n.retryAfter??60}):r===void 0&&(r=n.status===0?this.t(`space.network`):n.message??this.t(`space.failed`));return e`<p class="alert" role="alert">${r}</p>`}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`[error]`);return e?.focus(),e!==null}};l([p({attribute:!1})],I.prototype,`view`,void 0),l([n()],I.prototype,`values`,void 0),l([n()],I.prototype,`errors`,void 0),l([n()],I.prototype,`submitted`,void 0);var et=class extends I{render(){let{context:t,locale:n,send:r}=this.view,i=t.email,a=t.attempt?.expiresAt;return e`
      <h2 tabindex="-1">${this.t(`await.heading`)}</h2>
      ${i?e`<p>
              ${qe(n,`await.sent`,{email:e`<strong class="address">${i}</strong>`})}
            </p>`:m}
      <p>${this.t(`await.explain`)}</p>
      ${a?e`<p class="help">${this.t(`await.until`,{time:Xe(a,n)})}</p>`:m}
      <p class="waiting" role="status">
        <span class="spinner" aria-hidden="true"></span>${this.t(`await.waiting`)}
      </p>
      <p class="help">${this.t(`await.spam`)}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${()=>r({type:`space.showLogin`})}>
          ${this.t(`space.backToLogin`)}
        </button>
      </div>
    `}};et=l([h(`certinomis-space-awaiting-link`)],et);var tt=t`
  ${d}

  header {
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.75rem;
  }

  .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.1rem;
  }

  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
  }

  .heading .test-badge {
    margin-left: 0;
  }

  .lang {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  .lang label {
    font-weight: 600;
  }

  select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .account {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    width: 100%;
  }

  .account p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .account button {
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_primary);
    font-weight: 600;
  }

  .account button:disabled {
    opacity: 0.65;
    cursor: not-allowed;
  }
`,nt=class extends Error{constructor(e){super(e.message??`HTTP ${e.status}`),this.failure=e,this.name=`SpaceRequestError`}};function rt(e){return e instanceof nt?e.failure:{status:0,message:null,fields:{},retryAfter:null}}var it=class{constructor(e){this.options=e}startLogin(e,t){return this.call(`POST`,`/v1/auth/login`,e,t)}pollLogin(e,t){return this.call(`GET`,`/v1/auth/login/${encodeURIComponent(e)}`,void 0,t)}verifyLogin(e,t,n){return this.call(`POST`,`/v1/auth/verify`,t?{token:e,loginAttemptId:t}:{token:e},n)}async register(e,t){await this.call(`POST`,`/v1/auth/register`,{...e,locale:this.options.locale},t)}async verifyEmail(e,t){await this.call(`POST`,`/v1/auth/verify-email`,{token:e},t)}async requestReset(e,t){await this.call(`POST`,`/v1/auth/password-reset`,{email:e,locale:this.options.locale},t)}async denyLogin(e,t){await this.call(`POST`,`/v1/auth/login/deny`,{token:e},t)}async confirmReset(e,t,n){await this.call(`POST`,`/v1/auth/password-reset/confirm`,{token:e,password:t},n)}async logout(e,t){await this.call(`POST`,`/v1/auth/logout`,void 0,t,e)}me(e,t){return this.call(`GET`,`/v1/me`,void 0,t,e)}dossiers(e,t,n){let r=new URLSearchParams;t.status&&r.set(`status`,t.status),t.cursor&&r.set(`cursor`,t.cursor),t.limit&&r.set(`limit`,String(t.limit));let i=r.toString()?`?${r}`:``;return this.call(`GET`,`/v1/me/dossiers${i}`,void 0,n,e)}certificates(e,t){return this.call(`GET`,`/v1/me/certificates`,void 0,t,e)}billingDocuments(e,t){return this.call(`GET`,`/v1/me/billing-documents`,void 0,t,e)}async download(e,t){let n={Authorization:`Bearer ${t}`};this.options.partnerKey&&(n[`X-Partner-Key`]=this.options.partnerKey);let r=new URL(this.options.baseUrl,globalThis.location?.href??`http://localhost/`);r.pathname.endsWith(`/`)||(r.pathname+=`/`);let i=await fetch(new URL(e.replace(/^\//,``),r),{headers:n});if(!i.ok)throw new nt({status:i.status,message:null,fields:{},retryAfter:null});return i.blob()}async call(e,t,n,r,i){let a=null,o=new c({baseUrl:this.options.baseUrl,partnerKey:this.options.partnerKey,locale:this.options.locale,fetch:async(e,t)=>{let n=await fetch(e,t),r=Number(n.headers.get(`Retry-After`)??NaN);return a=Number.isFinite(r)?Math.max(1,Math.ceil(r)):null,n.status===204?new Response(`null`,{status:200,headers:{"Content-Type":`application/json`}}):n}});try{return await o.request(e,t,n,r,i?{Authorization:`Bearer ${i}`}:{})}catch(e){if(r?.aborted)throw e;let t=e instanceof s?{status:e.status,message:e.problem?.detail??e.problem?.title??null,fields:Object.fromEntries((e.problem?.errors??[]).map(e=>[e.field,e.message])),retryAfter:a}:{status:0,message:null,fields:{},retryAfter:null};throw(t.status===0||t.status>=500)&&this.options.onTrouble?.(t),new nt(t)}}},at={fr:new Intl.NumberFormat(`fr-FR`,{style:`currency`,currency:`EUR`}),en:new Intl.NumberFormat(`en-GB`,{style:`currency`,currency:`EUR`})},ot=class extends I{constructor(...e){super(...e),this.items=`loading`,this.loaded=null}willUpdate(e){super.willUpdate(e);let t=this.view?.session?.accessToken??``;t&&t!==this.loaded&&(this.loaded=t,this.load(t))}async load(e){try{this.items=(await this.view.api.billingDocuments(e)).items}catch(e){rt(e).status===401&&this.view.send({type:`space.sessionExpired`}),this.items=`error`}}async save(e,t){let n=this.view.session?.accessToken;if(!n)return;let r=URL.createObjectURL(await this.view.api.download(e,n)),i=document.createElement(`a`);i.href=r,i.download=t,i.click(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}render(){let{items:t}=this,n=this.view.locale;return t===`loading`?m:t===`error`?e`<p class="status" role="status">${this.t(`dossiers.failed`)}</p>`:e`<section aria-labelledby="billing-title">
      <h3 id="billing-title">${this.t(`billing.heading`)}</h3>
      <div class="scroll">
        <table class="billing">
          <thead>
            <tr>
              <th scope="col">${this.t(`billing.document`)}</th>
              <th scope="col">${this.t(`billing.amount`)}</th>
              <th scope="col">${this.t(`billing.download`)}</th>
            </tr>
          </thead>
          <tbody>
            ${t.length===0?e`<tr><td class="empty" colspan="3">${this.t(`billing.empty`)}</td></tr>`:t.map(t=>{let r=Ye(t.issueDate,n),i=t.kind===`invoice`?this.t(`billing.invoice`,{number:t.number,reference:t.orderReference,date:r}):this.t(`billing.creditNote`,{number:t.number,invoice:t.invoiceNumber??``,date:r}),a=t.kind===`invoice`?`facture`:`avoir`;return e`<tr data-kind=${t.kind} data-number=${t.number}>
                      <td>${i}</td>
                      <td class="mono">${at[n].format(t.grandTotal/100)}</td>
                      <td>
                        <button type="button" class="link" aria-label=${this.t(`billing.pdf`,{number:t.number})}
                          @click=${()=>this.save(t.pdf,`${a}-${t.number}.pdf`)}>PDF</button>
                        <button type="button" class="link" aria-label=${this.t(`billing.xml`,{number:t.number})}
                          @click=${()=>this.save(t.xml,`${a}-${t.number}.xml`)}>XML</button>
                      </td>
                    </tr>`})}
          </tbody>
        </table>
      </div>
    </section>`}};l([n()],ot.prototype,`items`,void 0),ot=l([h(`certinomis-space-billing`)],ot);var st=e`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20h9"/><path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>`;function ct(t,n,r,i){let{locale:a}=t,o=/* @__PURE__ */ new Map;return e`<div class="scroll">
    <table>
      <caption class="visually-hidden">${i}</caption>
      <thead>
        <tr>
          <th scope="col">${P(a,`dossiers.product`)}</th>
          <th scope="col">${P(a,`dossiers.status`)}</th>
          <th scope="col"><span class="visually-hidden">${P(a,`dossiers.action`)}</span></th>
        </tr>
      </thead>
      <tbody>
        ${n.length===0?e`<tr><td class="empty" colspan="3">${r}</td></tr>`:n.map(n=>{let r=(o.get(n.orderReference)??0)+1;return o.set(n.orderReference,r),e`<tr data-dossier=${n.id}>
                  <td>
                    ${qe(a,`dossiers.row`,{product:e`<span class="product">${n.productLabel}</span>`,reference:e`<span class="mono">${n.orderReference}</span>`,date:Ye(n.orderDate,a)})}
                  </td>
                  <td><span class="badge ${n.status}">${n.statusLabel}</span></td>
                  <td>
                    <button
                      type="button"
                      class="icon-button pen"
                      part="dossier-button"
                      aria-label=${P(a,`dossiers.open`,{reference:n.orderReference,n:r})}
                      @click=${()=>t.openDossier(n.id)}
                    >
                      ${st}
                    </button>
                  </td>
                </tr>`})}
      </tbody>
    </table>
  </div>`}var lt=class extends I{constructor(...e){super(...e),this.dossiers={state:`loading`},this.certificates={state:`loading`},this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load())}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(){let e=this.view.session;if(!e)return;this.abort?.abort();let t=new AbortController;this.abort=t;let{api:n,send:r}=this.view,i=async e=>{try{return{state:`ready`,value:await e}}catch(e){return!t.signal.aborted&&rt(e).status===401&&r({type:`space.sessionExpired`}),{state:`error`}}},[a,o]=await Promise.all([i(n.dossiers(e.accessToken,{limit:5},t.signal)),i(n.certificates(e.accessToken,t.signal))]);t.signal.aborted||(this.dossiers=a,this.certificates=o)}render(){return e`
      <h2 tabindex="-1">${this.t(`dashboard.heading`)}</h2>
      <div class="panels">
        <section aria-labelledby="dossiers-title">
          <div class="section-head">
            <h3 id="dossiers-title">${this.t(`dossiers.heading`)}</h3>
            ${this.dossiers.state===`ready`&&this.dossiers.value.items.length>0?e`<button
                    type="button"
                    class="link all"
                    aria-describedby="dossiers-title"
                    @click=${()=>this.view.send({type:`space.showAll`})}
                  >
                    ${this.t(`dossiers.all`)} <span aria-hidden="true">&gt;</span>
                  </button>`:m}
          </div>
          ${this.renderDossiers()}
        </section>
        <section aria-labelledby="certificates-title">
          <h3 id="certificates-title">${this.t(`certificates.heading`)}</h3>
          ${this.renderCertificates()}
        </section>
        <certinomis-space-billing .view=${this.view}></certinomis-space-billing>
      </div>
    `}renderDossiers(){let{dossiers:t}=this;return t.state===`loading`?e`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:t.state===`error`?this.renderLoadError():ct(this.view,t.value.items,this.t(`dossiers.empty`),this.t(`dossiers.heading`))}renderCertificates(){let{certificates:t}=this;if(t.state===`loading`)return m;if(t.state===`error`)return this.renderLoadError();let{locale:n}=this.view,r=t.value.items;return e`<div class="scroll">
      <table class="certificates">
        <caption class="visually-hidden">${this.t(`certificates.heading`)}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t(`certificates.identity`)}</th>
            <th scope="col">${this.t(`certificates.beneficiary`)}</th>
            <th scope="col">${this.t(`certificates.status`)}</th>
            <th scope="col">${this.t(`certificates.expiry`)}</th>
          </tr>
        </thead>
        <tbody>
          ${r.length===0?e`<tr><td class="empty" colspan="4">${this.t(`certificates.empty`)}</td></tr>`:r.map(t=>e`<tr>
                    <td>${t.identity??`—`}</td>
                    <td>${t.beneficiary??`—`}</td>
                    <td><span class="badge ${t.status}">${t.statusLabel}</span></td>
                    <td>${t.expiresAt?Ye(t.expiresAt,n):`—`}</td>
                  </tr>`)}
        </tbody>
      </table>
    </div>`}renderLoadError(){return e`<div class="alert" role="alert">
      <p>${this.t(`dossiers.failed`)}</p>
      <button type="button" class="secondary" @click=${()=>this.load()}>
        ${this.t(`dossiers.retry`)}
      </button>
    </div>`}};l([n()],lt.prototype,`dossiers`,void 0),l([n()],lt.prototype,`certificates`,void 0),lt=l([h(`certinomis-space-dashboard`)],lt);var ut=class extends I{constructor(...e){super(...e),this.denied=!1}render(){let{busy:t,send:n}=this.view;if(this.denied)return e`
        <h2 tabindex="-1">${this.t(`denied.heading`)}</h2>
        <p>${this.t(`denied.text`)}</p>
        <p class="notice" role="status">${this.t(`denied.advice`)}</p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            part="submit"
            @click=${()=>n({type:`space.showForgot`})}
          >
            ${this.t(`denied.change`)}
          </button>
          <button type="button" class="link" @click=${()=>n({type:`space.showLogin`})}>
            ${this.t(`space.backToLogin`)}
          </button>
        </div>
      `;let r=this.failure?.status===400;return e`
      <h2 tabindex="-1">${this.t(`deny.heading`)}</h2>
      <p class="intro">${this.t(`deny.intro`)}</p>
      <p>${this.t(`deny.keep`)}</p>
      ${r?e`<p class="alert" role="alert">${this.t(`deny.invalid`)}</p>`:this.renderFailure()}
      <div class="actions">
        ${r?m:e`<button
                type="button"
                class="primary"
                part="submit"
                ?disabled=${t}
                aria-busy=${t?`true`:`false`}
                @click=${()=>n({type:`space.confirmDeny`})}
              >
                ${this.t(t?`deny.submitting`:`deny.submit`)}
              </button>`}
        <button type="button" class="link" @click=${()=>n({type:`space.showLogin`})}>
          ${this.t(`space.backToLogin`)}
        </button>
      </div>
    `}};l([p({type:Boolean})],ut.prototype,`denied`,void 0),ut=l([h(`certinomis-space-deny-login`)],ut);var L=[`organisation`,`mandataire`,`beneficiaire`,`delivery`,`identity`,`signature`],R={function:100,reason:500,documentId:200,carrier:100,paymentReference:140},dt=C(j({siret:Me,name:S(O.companyName),address:S(O.address),postalCode:S(10),city:S(O.city),country:g(ve,`FR`)}),ue(me([[`postalCode`],[`country`]],e=>!/^[A-Z]{2}$/.test(e.country)||ae(e.postalCode,e.country),`validation.postal_code`),[`postalCode`])),ft=C(k(`validation.required`),w(),b(`validation.required`),D(fe,`validation.mobile_fr`),y(e=>Ce(e)??e)),pt=j({civility:xe,firstName:be(O.name),lastName:be(O.name),email:Ae,mobile:ft,function:S(R.function)}),mt=pt,ht=_e(`sameAsMandataire`,[j({sameAsMandataire:x(!0)}),j({sameAsMandataire:x(!1),person:pt})],`validation.required`),gt=[`mandataire`,`beneficiaire`],_t=[`post_office`,`mail`],vt=[`online`,`face_to_face`],yt=[`online`,`handwritten`],bt={organisation:dt,mandataire:mt,beneficiaire:ht,delivery:j({recipient:v(gt,`validation.choice`),mode:v(_t,`validation.choice`)}),identity:j({method:v(vt,`validation.choice`)}),signature:j({method:v(yt,`validation.choice`)})},xt=C(k(`validation.required`),w(),b(`validation.required`),de(`validation.datetime`),D(e=>!Number.isNaN(Date.parse(e)),`validation.datetime`),y(e=>new Date(e).toISOString())),St=j({amount:C(pe(`validation.amount`),D(e=>Number.isSafeInteger(e)&&e>0,`validation.amount`)),reference:je(R.paymentReference),chequeNumber:g(C(k(`validation.type`),ie(),y(e=>e.replace(/\s/g,``)),se(/^\d{7}$/,`validation.cheque_number`))),bank:je(O.bank)}),Ct=S(R.reason),wt=j({reason:Ct}),Tt=j({serialNumber:C(k(`validation.required`),y(e=>e.replace(/[\s:]/g,``).toUpperCase()),b(`validation.required`),se(/^[0-9A-F]{8,40}$/,`validation.serial_number`)),notBefore:xt}),Et=j({carrier:S(R.carrier),trackingNumber:C(k(`validation.required`),y(e=>e.replace(/\s/g,``).toUpperCase()),b(`validation.required`),se(/^[A-Z0-9-]{4,40}$/,`validation.tracking_number`))}),Dt=j({reason:Ct}),Ot=j({reason:Ct}),kt=j({reason:v([`keyCompromise`,`affiliationChanged`,`superseded`,`cessationOfOperation`],`validation.revocation_reason`),comment:g(C(k(`validation.type`),ie(),w(),oe(R.reason,`validation.too_long`)),``)});j({code:C(S(64),D(e=>/^[\w\s-]+$/.test(e),`validation.revocation_code`))});var At=j({reason:Ct}),jt=v(L,`validation.step`),z={"dossier.save":j({type:x(`dossier.save`),step:jt,data:he(k(),ge(),`validation.type`)}),"dossier.goTo":j({type:x(`dossier.goTo`),step:jt}),"identity.documentUploaded":j({type:x(`identity.documentUploaded`),documentId:S(R.documentId)}),"signature.codeSent":j({type:x(`signature.codeSent`),version:C(pe(`validation.version`),D(e=>Number.isSafeInteger(e)&&e>=0,`validation.version`))}),"signature.signedOnline":j({type:x(`signature.signedOnline`)}),"signature.choosePaper":j({type:x(`signature.choosePaper`)}),"paper.received":j({type:x(`paper.received`)}),"identity.verified":j({type:x(`identity.verified`)}),"identity.refused":j({type:x(`identity.refused`),...wt.entries}),"payment.received":j({type:x(`payment.received`),...St.entries}),"certificate.issued":j({type:x(`certificate.issued`),...Tt.entries}),"certificate.shipped":j({type:x(`certificate.shipped`),...Et.entries}),"certificate.atPostOffice":j({type:x(`certificate.atPostOffice`)}),"order.cancelled":j({type:x(`order.cancelled`),...Dt.entries}),"dossier.refused":j({type:x(`dossier.refused`),...Ot.entries}),"revocation.requested":j({type:x(`revocation.requested`),...kt.entries}),"revocation.confirmed":j({type:x(`revocation.confirmed`)}),"revocation.refused":j({type:x(`revocation.refused`),...At.entries})};Object.keys(z),_e(`type`,[z[`dossier.save`],z[`dossier.goTo`],z[`identity.documentUploaded`],z[`signature.codeSent`],z[`signature.signedOnline`],z[`signature.choosePaper`],z[`paper.received`],z[`identity.verified`],z[`identity.refused`],z[`payment.received`],z[`certificate.issued`],z[`certificate.shipped`],z[`certificate.atPostOffice`],z[`order.cancelled`],z[`dossier.refused`],z[`revocation.requested`],z[`revocation.confirmed`],z[`revocation.refused`]],`validation.event_type`),_e(`type`,[z[`dossier.save`],z[`dossier.goTo`],z[`signature.choosePaper`]],`validation.event_type`);var Mt=[`to_complete`,`to_sign`,`awaiting_paper`,`in_review`,`awaiting_payment`,`issued`,`shipped`,`at_post_office`,`revoked`,`refused`,`cancelled`],B=class extends I{constructor(...e){super(...e),this.rows=[],this.cursor=null,this.status=``,this.loading=!0,this.failed=!1,this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load(!1))}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(e){let t=this.view.session;if(!t)return;this.abort?.abort();let n=new AbortController;this.abort=n,this.loading=!0,this.failed=!1;try{let r=await this.view.api.dossiers(t.accessToken,{status:this.status||null,cursor:e?this.cursor:null,limit:20},n.signal);if(n.signal.aborted)return;this.rows=e?[...this.rows,...r.items]:r.items,this.cursor=r.nextCursor,this.loading=!1,this.view.announce(this.t(Te(this.view.locale,this.rows.length,`dossiers.shown`),{n:this.rows.length}))}catch(e){if(n.signal.aborted)return;if(this.loading=!1,rt(e).status===401){this.view.send({type:`space.sessionExpired`});return}this.failed=!0}}filterOptions(){let{locale:e}=this.view;return[{value:``,label:this.t(`dossiers.filterAll`)},...Mt.map(t=>({value:t,label:E(e,`status.${t}`)}))]}render(){let{send:t}=this.view,n=this.loading&&this.rows.length===0;return e`
      <div class="actions">
        <button type="button" class="link" @click=${()=>t({type:`space.showOverview`})}>
          ${this.t(`dossiers.back`)}
        </button>
      </div>
      <h2 tabindex="-1">${this.t(`dossiers.allHeading`)}</h2>
      <certinomis-field
        class="filter"
        part="field"
        name="status"
        type="select"
        label=${this.t(`dossiers.filter`)}
        .value=${this.status}
        .options=${this.filterOptions()}
        @change=${e=>{this.status=e.target.value,this.load(!1)}}
      ></certinomis-field>
      ${n?e`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:ct(this.view,this.rows,this.t(this.status?`dossiers.emptyFilter`:`dossiers.empty`),this.t(`dossiers.allHeading`))}
      ${this.failed?e`<div class="alert" role="alert">
              <p>${this.t(`dossiers.failed`)}</p>
              <button
                type="button"
                class="secondary"
                @click=${()=>this.load(this.rows.length>0)}
              >
                ${this.t(`dossiers.retry`)}
              </button>
            </div>`:m}
      ${this.cursor&&!n?e`<button
              type="button"
              class="secondary more"
              ?disabled=${this.loading}
              aria-busy=${this.loading?`true`:`false`}
              @click=${()=>this.load(!0)}
            >
              ${this.t(`dossiers.more`)}
            </button>`:m}
    `}};l([n()],B.prototype,`rows`,void 0),l([n()],B.prototype,`cursor`,void 0),l([n()],B.prototype,`status`,void 0),l([n()],B.prototype,`loading`,void 0),l([n()],B.prototype,`failed`,void 0),B=l([h(`certinomis-space-dossiers`)],B);var Nt=new Set(`password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword 12345678
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
autumn2024 summer2025 winter2025 summer2026 winter2026 janvier2026 novembre2026 decembre2026`.split(/\s+/));function Pt(e,t){let n=e.trim().toLowerCase();if(Nt.has(n)||/^(.)\1+$/.test(n)||`01234567890123456789`.includes(n)||`98765432109876543210`.includes(n))return!0;if(t){let e=t.trim().toLowerCase(),r=e.split(`@`)[0]??``;if(n===e||r.length>=4&&n===r)return!0}return!1}var Ft=C(k(`validation.required`),ie(),b(`validation.required`),ce(8,`validation.password_too_short`),oe(256,`validation.password_too_long`),D(e=>!Pt(e),`validation.password_common`)),It=C(k(`validation.required`),b(`validation.required`),oe(256,`validation.password_too_long`)),V=C(k(`validation.token`),w(),se(/^[A-Za-z0-9_-]{20,128}$/,`validation.token`)),Lt=g(v(f,`validation.locale`),`fr`),Rt=C(j({email:Ae,password:Ft,locale:Lt}),ue(me([[`email`],[`password`]],e=>!Pt(e.password,e.email),`validation.password_common`),[`password`])),zt=j({email:Ae,password:It});j({token:V,loginAttemptId:g(V)}),j({token:V}),j({token:V});var Bt=j({email:Ae,locale:Lt});j({token:V,password:Ft});var Vt=class extends I{validate(){return this.check(Bt,{email:this.values.email})}render(){let{busy:t,send:n}=this.view;return e`
      <h2 tabindex="-1">${this.t(`forgot.heading`)}</h2>
      <p class="intro">${this.t(`forgot.intro`)}</p>
      <p class="help">${this.t(`space.required`)}</p>
      ${this.form(e`
          ${this.renderFailure()} ${this.emailField({autocomplete:`username`})}
          ${this.submitButton(t,this.t(t?`forgot.submitting`:`forgot.submit`))}
        `,()=>n({type:`space.requestReset`,email:this.values.email.trim()}))}
      <div class="actions">
        <button type="button" class="link" @click=${()=>n({type:`space.showLogin`})}>
          ${this.t(`space.backToLogin`)}
        </button>
      </div>
    `}};Vt=l([h(`certinomis-space-forgot-password`)],Vt);var Ht={emailVerified:`notice.emailVerified`,verifyLinkInvalid:`notice.verifyLinkInvalid`,sessionExpired:`notice.sessionExpired`,loginExpired:`notice.loginExpired`,passwordChanged:`notice.passwordChanged`,loggedOut:`notice.loggedOut`,loginDenied:`notice.loginDenied`},Ut=class extends I{validate(){return this.check(zt,this.values)}render(){let{context:t,busy:n,send:r}=this.view,{notice:i,order:a}=t;return e`
      <h2 tabindex="-1">${this.t(`login.heading`)}</h2>
      ${i?e`<p class="notice" role="status">${this.t(Ht[i])}</p>`:m}
      ${a?e`<p class="notice">${this.t(`login.order`,{order:a})}</p>`:m}
      <p class="intro">${this.t(`login.secondFactor`)}</p>
      <p class="help">${this.t(`space.required`)}</p>
      ${this.form(e`
          ${this.renderFailure({401:this.t(`login.invalid`),403:this.t(`login.unverified`)})}
          ${this.emailField({autocomplete:`username`})} ${this.passwordField()}
          <div class="actions">
            <button type="button" class="link" @click=${()=>r({type:`space.showForgot`})}>
              ${this.t(`login.forgot`)}
            </button>
          </div>
          ${this.submitButton(n,this.t(n?`login.submitting`:`login.submit`))}
        `,()=>r({type:`space.login`,email:this.values.email.trim(),password:this.values.password}))}
      <p class="or">${this.t(`login.or`)}</p>
      <div class="register">
        <button type="button" class="secondary" @click=${()=>r({type:`space.showRegister`})}>
          ${this.t(`login.register`)}
        </button>
      </div>
    `}};Ut=l([h(`certinomis-space-login`)],Ut);var Wt={verifyingLink:{heading:`login.heading`,lines:[`verifying.login`],busy:!0},verifyingEmail:{heading:`registered.heading`,lines:[`verifying.email`],busy:!0},loggingOut:{heading:`account.logout`,lines:[`space.loading`],busy:!0},approved:{heading:`approved.heading`,lines:[`approved.text`,`approved.close`],action:`approved.here`},linkInvalid:{heading:`linkInvalid.heading`,lines:[`linkInvalid.text`,`linkInvalid.again`],action:`space.toLogin`},registered:{heading:`registered.heading`,lines:[`registered.text`,`registered.next`],action:`space.backToLogin`},resetRequested:{heading:`resetRequested.heading`,lines:[`resetRequested.text`,`resetRequested.next`],action:`space.backToLogin`}},Gt=class extends I{constructor(...e){super(...e),this.kind=`registered`}render(){let t=Wt[this.kind];return this.kind===`linkInvalid`&&this.failure?.status===0&&(t={...t,lines:[`space.network`,`linkInvalid.again`]}),e`
      <h2 tabindex="-1">${this.t(t.heading)}</h2>
      ${t.lines.map((n,r)=>t.busy&&r===0?e`<p class="waiting" role="status">
              <span class="spinner" aria-hidden="true"></span>${this.t(n)}
            </p>`:e`<p>${this.t(n)}</p>`)}
      ${t.action?e`<div class="actions">
              <button
                type="button"
                class="primary"
                @click=${()=>this.view.send({type:`space.showLogin`})}
              >
                ${this.t(t.action)}
              </button>
            </div>`:m}
    `}};l([p()],Gt.prototype,`kind`,void 0),Gt=l([h(`certinomis-space-message`)],Gt);var Kt=class extends I{validate(){return this.check(Rt,{...this.values,locale:this.view.locale})}render(){let{busy:t,send:n}=this.view;return e`
      <h2 tabindex="-1">${this.t(`register.heading`)}</h2>
      <p class="intro">${this.t(`register.intro`)}</p>
      <p class="help">${this.t(`space.required`)}</p>
      ${this.form(e`
          ${this.renderFailure()}
          ${this.emailField({help:this.t(`register.emailHelp`)})}
          ${this.passwordField({help:this.t(`register.passwordHelp`),autocomplete:`new-password`})}
          ${this.submitButton(t,this.t(t?`register.submitting`:`register.submit`))}
        `,()=>n({type:`space.register`,email:this.values.email.trim(),password:this.values.password}))}
      <p class="actions">
        ${this.t(`register.haveAccount`)}
        <button type="button" class="link" @click=${()=>n({type:`space.showLogin`})}>
          ${this.t(`space.toLogin`)}
        </button>
      </p>
    `}};Kt=l([h(`certinomis-space-register`)],Kt);var qt=j({password:Ft}),Jt=class extends I{validate(){return this.check(qt,{password:this.values.password})}render(){let{busy:t,send:n}=this.view,r=this.failure?.status===400;return e`
      <h2 tabindex="-1">${this.t(`reset.heading`)}</h2>
      <p class="intro">${this.t(`reset.intro`)}</p>
      <p class="help">${this.t(`space.required`)}</p>
      ${this.form(e`
          ${this.renderFailure()}
          ${this.passwordField({label:this.t(`field.newPassword`),help:this.t(`register.passwordHelp`),autocomplete:`new-password`})}
          ${this.submitButton(t,this.t(t?`reset.submitting`:`reset.submit`))}
        `,()=>n({type:`space.confirmReset`,password:this.values.password}))}
      <div class="actions">
        ${r?e`<button
                type="button"
                class="secondary"
                @click=${()=>n({type:`space.showForgot`})}
              >
                ${this.t(`reset.newLink`)}
              </button>`:m}
        <button type="button" class="link" @click=${()=>n({type:`space.showLogin`})}>
          ${this.t(`space.backToLogin`)}
        </button>
      </div>
    `}};Jt=l([h(`certinomis-space-reset-password`)],Jt);var Yt=[`organisation`,`mandataire`,`beneficiaire`,`delivery`,`identity`];function Xt(e){return typeof e==`string`&&L.includes(e)}function Zt(e,t){return e?.mode===`mail`&&t!==null&&t.method!==`online`}function Qt(e,t){let n=t[e];if(n===null)return[{field:e,key:`validation.step_incomplete`}];let r=le(bt[e],n);return r.success?e===`delivery`&&Zt(t.delivery,t.identity)?[{field:`delivery.mode`,key:`validation.mail_requires_online_identity`}]:[]:De(r.issues,e)}function $t(e,t){return Qt(e,t).length===0}function en(e,t){let n=L.indexOf(e);return L.slice(0,n).every(e=>$t(e,t))}function tn(e){return L.filter(t=>en(t,e))}function nn(e){let t=Yt.flatMap(t=>Qt(t,e));return e.identity?.method===`online`&&!e.documentUploaded&&t.push({field:`identity.document`,key:`validation.identity_document_required`}),t}function rn(e){return nn(e).length===0}function an(e){return e.paymentMethod!==`mandate`&&!e.paid}function on(e){let t=[];return rn(e)||t.push(`dossier_incomplete`),e.signedAt===null&&t.push(`not_signed`),e.signatureMethod===`handwritten`&&!e.paperReceived&&t.push(`paper_not_received`),e.identityStatus!==`verified`&&t.push(`identity_not_verified`),an(e)&&t.push(`payment_not_received`),t}function sn(e){return`dossier.missing.${e}`}function cn(e){let t=e.beneficiaire;return t===null?null:t.sameAsMandataire?e.mandataire:t.person}var ln={"dossier.loading":`Chargement du dossier…`,"dossier.title":`Dossier de demande de certificat`,"dossier.orderLine":`{product} — {reference} du {date} (certificat {position} sur {quantity})`,"dossier.status":`Statut du dossier`,"dossier.steps":`Étapes du dossier`,"dossier.done":`terminée`,"dossier.locked":`pas encore accessible`,"dossier.goTo":`Aller à l’étape {n} : {label}`,"dossier.stale":`Le dossier a été modifié entre-temps : vérifiez puis recommencez.`,"dossier.unreachable":a.network,"dossier.failed":a.failed,"dossier.notFound":`Ce dossier est introuvable.`,"dossier.sessionExpired":`Votre session a expiré : reconnectez-vous pour continuer.`,"dossier.throttled":`Trop de demandes : réessayez dans {n} s.`,"dossier.retry":a.retry,"dossier.errors":a.errors,"dossier.errors.one":a.errorsOne,"dossier.required":a.required,"dossier.saving":`Enregistrement…`,"dossier.choose":`Choisir…`,"dossier.mme":`Madame`,"dossier.mr":`Monsieur`,"dossier.step.organisation":`Organisme`,"dossier.step.mandataire":`Mandataire`,"dossier.step.beneficiaire":`Bénéficiaire`,"dossier.step.delivery":`Remise`,"dossier.step.identity":`Identité`,"dossier.step.signature":`Signature`,"dossier.heading.organisation":`Organisme`,"dossier.heading.mandataire":`Mandataire`,"dossier.heading.beneficiaire":`Bénéficiaire du certificat`,"dossier.heading.delivery":`Remise du certificat`,"dossier.heading.identity":`Vérification de l’identité du bénéficiaire`,"dossier.heading.signature":`Signature du dossier`,"dossier.field.siret":`SIRET`,"dossier.field.name":`Raison sociale`,"dossier.field.address":`Adresse`,"dossier.field.postalCode":`Code postal`,"dossier.field.city":`Ville`,"dossier.field.country":`Pays`,"dossier.field.civility":`Civilité`,"dossier.field.firstName":`Prénoms`,"dossier.field.lastName":`Nom`,"dossier.field.email":`E-mail`,"dossier.field.mobile":`Téléphone mobile`,"dossier.field.function":`Fonction`,"dossier.field.recipient":`Le certificat est remis à`,"dossier.field.mode":`Mode de remise`,"dossier.field.method":`Mode`,"dossier.identity.method":`Mode de vérification`,"dossier.signature.method":`Mode de signature`,"dossier.field.file":`Pièce d’identité du bénéficiaire`,"dossier.field.code":`Code reçu par SMS`,"dossier.organisation.intro":`L’organisme pour lequel le certificat est demandé, pré-rempli avec celui de la commande : vérifiez-le.`,"dossier.mandataire.intro":`Le mandataire est la personne qui pourra autoriser une demande de certificat et sa révocation. C’est lui qui signe le dossier : le code de signature est envoyé par SMS sur son mobile.`,"dossier.mandataire.prefilled":`Pré-rempli avec la personne qui a passé la commande : modifiez-le si le mandataire est une autre personne.`,"dossier.mandataire.notMobile":`Le numéro donné à la commande ({phone}) n’est pas un mobile : indiquez un mobile (06 ou 07) pour recevoir le code de signature.`,"dossier.mobileHelp":`Mobile français : 06 ou 07.`,"dossier.beneficiaire.intro":`Le bénéficiaire est la personne qui utilisera le certificat.`,"dossier.beneficiaire.same":`Le bénéficiaire est le mandataire`,"dossier.beneficiaire.sameName":`Le certificat sera établi au nom de {name}.`,"dossier.beneficiaire.person":`Le bénéficiaire`,"dossier.namesHelp":`Nom et prénoms exactement comme sur la pièce d’identité.`,"dossier.delivery.intro":`Indiquez à qui sera remis le certificat (le mandataire ou le bénéficiaire directement), et comment.`,"dossier.delivery.mandataire":`Le mandataire`,"dossier.delivery.beneficiaire":`Le bénéficiaire`,"dossier.delivery.post_office":`Dans un bureau de poste`,"dossier.delivery.mail":`Par courrier`,"dossier.delivery.mailHelp":`Seulement si vous choisissez une vérification de l’identité en ligne (étape suivante).`,"dossier.delivery.mailDisabled":`Indisponible : vous avez choisi la vérification d’identité en face à face dans un bureau de poste.`,"dossier.identity.intro":`Vérification de l’identité du bénéficiaire : pour des questions de sécurité, cette étape est obligatoire.`,"dossier.identity.online":`En ligne, après scan d’une pièce d’identité`,"dossier.identity.onlineHelp":`Déposez le scan ou la photo de la pièce d’identité du bénéficiaire (carte d’identité, passeport).`,"dossier.identity.face_to_face":`En face à face, dans un bureau de poste`,"dossier.identity.faceHelp":`Le bénéficiaire présente sa pièce d’identité dans un bureau de poste.`,"dossier.identity.fileHelp":`JPEG, PNG ou PDF, 10 Mo au plus.`,"dossier.identity.sending":`Envoi de la pièce… {percent} %`,"dossier.identity.received":`Pièce reçue le {date} à {time}.`,"dossier.identity.pending":`Elle sera vérifiée par CERTINOMIS.`,"dossier.identity.verified":`Identité vérifiée.`,"dossier.identity.refused":`La pièce d’identité a été refusée : {reason}`,"dossier.identity.uploadAgain":`Déposez une nouvelle pièce d’identité.`,"dossier.identity.replace":`Pour la remplacer, choisissez un autre fichier.`,"dossier.signature.intro":`Une fois toutes ces informations renseignées, il reste à signer le dossier.`,"dossier.signature.online":`Signature en ligne`,"dossier.signature.onlineHelp":`Par un code reçu par SMS sur le mobile du mandataire : il n’est pas utile d’avoir un certificat eIDAS valide.`,"dossier.signature.handwritten":`Signature manuscrite`,"dossier.signature.handwrittenHelp":`Le dossier est imprimé, signé, puis envoyé par courrier à l’adresse indiquée dessus.`,"dossier.signature.choose":`Choisir ce mode de signature`,"dossier.signature.incomplete":`Le dossier n’est pas encore complet :`,"dossier.signature.fix":`Compléter l’étape {label}`,"dossier.signature.review":`Vérifiez le dossier avant de le signer.`,"dossier.signature.codeTo":`Le code est envoyé par SMS au mobile du mandataire, {phone}.`,"dossier.signature.sendCode":`Recevoir le code par SMS`,"dossier.signature.codeSent":`Code envoyé au {phone}. Il expire à {time}.`,"dossier.signature.codeSentEarlier":`Un code a été envoyé à {time}.`,"dossier.signature.codeHelp":`Les 6 chiffres reçus par SMS.`,"dossier.signature.confirm":`Valider`,"dossier.signature.confirming":`Validation…`,"dossier.signature.resend":`Renvoyer le code`,"dossier.signature.resendIn":`Vous pourrez renvoyer le code dans {n} s.`,"dossier.signature.download":`Télécharger le dossier (PDF)`,"dossier.signature.downloading":`Préparation du PDF…`,"dossier.signature.downloaded":`Dossier téléchargé : imprimez-le et signez-le.`,"dossier.signature.postTo":`Envoyez le dossier signé par courrier à :`,"dossier.signature.paperDone":`J’ai imprimé et signé le dossier`,"dossier.signature.after":`Quand le dossier est complet, signé et reçu, le certificat sera généré et envoyé selon le mode de réception choisi.`,"dossier.summary.title":`Récapitulatif du dossier`,"dossier.summary.readOnly":`Le dossier est signé : il ne peut plus être modifié.`,"dossier.summary.sameAsMandataire":`Le mandataire ({name})`,"dossier.summary.signedOnline":`signé le {date} à {time}`,"dossier.summary.signedPaper":`déclarée le {date}, dossier à envoyer par courrier`,"dossier.summary.paperReceived":`dossier papier reçu`,"dossier.summary.waiting":`En attente :`,"dossier.summary.certificate":`Certificat n° {serial}, valable jusqu’au {date}.`,"dossier.summary.reason":`Motif : {reason}`,"dossier.summary.none":`Non renseigné`},un=o({fr:ln,en:()=>import(`./dossier-en-CxXjDCRd.js`).then(e=>e.dossierEn)}),H=un.text,dn=un.has,fn=`Europe/Paris`;function U(e,t){return new Date(e).toLocaleDateString(t===`fr`?`fr-FR`:`en-GB`,{day:`2-digit`,month:`2-digit`,year:`numeric`,timeZone:fn})}function W(e,t){return new Date(e).toLocaleTimeString(t===`fr`?`fr-FR`:`en-GB`,{hour:`2-digit`,minute:`2-digit`,timeZone:fn})}var pn=t`
  .radios {
    gap: 0.5rem;
  }

  .radios .choice {
    padding: 0.4rem 0;
  }

  .choice > span {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }

  .choice .label {
    font-weight: 600;
  }

  .choice.disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }

  .choice .help,
  .field-help {
    font-size: 0.9rem;
    color: var(--_muted);
  }

  .choice .reason {
    font-size: 0.9rem;
    color: var(--_text);
    font-style: italic;
  }

  .req {
    color: var(--_danger);
  }

  .note {
    border-left: 4px solid var(--_primary);
    padding: 0.5rem 0.75rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    color: var(--_text);
  }

  .file {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }

  .file label {
    font-weight: 600;
  }

  .file input[type='file'] {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
  }

  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_primary);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .actions button:not(.primary) {
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_primary);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }

  .code-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }

  .code-row certinomis-field {
    flex: 1 1 12rem;
    max-width: 16rem;
  }

  .code-row button {
    margin-top: 1.85rem;
  }

  address {
    font-style: normal;
    white-space: pre-line;
    font-weight: 600;
  }

  .summary section + section {
    border-top: 1px solid var(--_border);
    margin-top: 0.75rem;
    padding-top: 0.75rem;
  }

  .facts {
    margin: 0.25rem 0 0;
  }

  @container (max-width: 24rem) {
    .facts {
      grid-template-columns: 1fr;
    }

    .facts dd {
      margin-bottom: 0.35rem;
    }
  }

  ul.missing {
    margin: 0.25rem 0 0;
    padding-left: 1.2rem;
  }
`,mn=t`
  ${d}
  ${ne}

  header p {
    margin: 0;
  }

  .title {
    font-size: 1.15rem;
    font-weight: 700;
  }

  .order-line {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .badge {
    display: inline-block;
    padding: 0.2rem 0.65rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-weight: 600;
    font-size: 0.9rem;
  }

  .badge.to_sign,
  .badge.awaiting_paper,
  .badge.awaiting_payment {
    border-color: #b54708;
    color: #93370d;
  }

  .badge.in_review,
  .badge.issued,
  .badge.shipped,
  .badge.at_post_office {
    border-color: #1a7f37;
    color: #116329;
  }

  .badge.refused,
  .badge.cancelled {
    border-color: var(--_danger);
    color: var(--_danger);
  }

  .notice {
    padding: var(--_space);
    border: 1px solid #b54708;
    border-left-width: 6px;
    border-radius: var(--_radius);
  }

  .error p,
  .notice p {
    margin: 0 0 0.5rem;
  }
`;function hn(e,t){return Xt(t)?en(t,e)?[]:[{field:`step`,key:`validation.step_locked`}]:[{field:`step`,key:`validation.step`}]}function gn(e,t,n){let r=hn(e,t);if(r.length>0||!Xt(t))return{ok:!1,issues:r};if(typeof n!=`object`||!n||Array.isArray(n))return{ok:!1,issues:[{field:t,key:`validation.type`}]};let i=bt[t],a=le(i,n);if(!a.success)return{ok:!1,issues:De(a.issues,t)};let o=a.output;if(t===`delivery`&&Zt(o,e.identity))return{ok:!1,issues:[{field:`delivery.mode`,key:`validation.mail_requires_online_identity`}]};if(t===`identity`){let t=o;if(Zt(e.delivery,t))return{ok:!1,issues:[{field:`identity.method`,key:`validation.mail_requires_online_identity`}]}}return{ok:!0,step:t,value:o}}function _n(e,t,n){let r=vn(e),i=gn(r,t,n);if(!i.ok)return i.issues;if(t!==`identity`)return[];let a=i.value;return nn({...r,identity:a}).filter(e=>e.field===`identity.document`)}function vn(e){return{...e.data,issues:[]}}function yn(e,t){let n=`dossier.field.${t.split(`.`).at(-1)??``}`;return dn(n)?H(e,n):``}function bn(e){return e.replace(/ /g,`\xA0`)}function G(e,t){return H(e,`dossier.step.${t}`)}var K=()=>({civility:``,firstName:``,lastName:``,email:``,mobile:``,function:``});function xn(e){return e?{...e,mobile:_(e.mobile)}:K()}function Sn(e){let t=e.context.prefill?.contact;if(!t)return{person:K(),phone:null};let n=fe(t.phone)?_(t.phone):``;return{person:{civility:t.civility.toUpperCase(),firstName:t.firstName,lastName:t.lastName,email:t.email,mobile:n,function:``},phone:n===``&&t.phone.trim()!==``?_(t.phone):null}}function q(e){return e?`${e.firstName} ${e.lastName}`.trim():``}var Cn=e=>e.replace(/[^A-Za-z0-9_-]/g,`-`),J=class extends i{constructor(...e){super(...e),this.step=null,this.draftOf=null}static{this.styles=[r,ke,pn]}draft(){return{}}resetDraft(){}willUpdate(){let e=`${this.view.dossier.id}:${this.view.dossier.version}`;e!==this.draftOf&&(this.draftOf=e,this.resetDraft())}get locale(){return this.view.locale}errorOf(e){return this.view.errors.get(e)??null}heading(t){return e`<h2 tabindex="-1">${t}</h2>`}field(e,t,n,r={}){return we({...r,name:e,label:yn(this.locale,e),value:t,error:this.errorOf(e),onInput:t=>{n(t),this.view.clearErrors(e)}})}personFields(t,n,r,i){let{locale:a}=this;return e`<p class="note">${H(a,`dossier.namesHelp`)}</p>
      <div class="grid">
      ${this.field(`${t}.civility`,n.civility,e=>r(`civility`,e),{type:`select`,autocomplete:`off`,options:[{value:``,label:H(a,`dossier.choose`)},{value:`MME`,label:H(a,`dossier.mme`)},{value:`MR`,label:H(a,`dossier.mr`)}]})}
      <span class="spacer"></span>
      ${this.field(`${t}.firstName`,n.firstName,e=>r(`firstName`,e),{autocomplete:`off`})}
      ${this.field(`${t}.lastName`,n.lastName,e=>r(`lastName`,e),{autocomplete:`off`})}
      ${this.field(`${t}.email`,n.email,e=>r(`email`,e),{type:`email`,autocomplete:`off`})}
      ${this.field(`${t}.mobile`,n.mobile,e=>r(`mobile`,e),{type:`tel`,inputmode:`tel`,autocomplete:`off`,help:i})}
      ${this.field(`${t}.function`,n.function,e=>r(`function`,e),{autocomplete:`off`,wide:!0})}
    </div>`}radios(t,n,r,i,a){let o=this.errorOf(t),s=Cn(t);return e`<fieldset class="radios" data-path=${t}>
      <legend>${n}<span class="req" aria-hidden="true"> *</span></legend>
      ${i.map(n=>{let i=!!n.disabledReason,c=`${s}-${n.value}-help`,l=`${s}-${n.value}-reason`,u=[n.help?c:``,i?l:``,o&&!i?`${s}-error`:``].filter(Boolean).join(` `)||m;return e`<label class="choice ${i?`disabled`:``}">
          <input
            type="radio"
            name=${t}
            .value=${n.value}
            .checked=${r===n.value}
            ?disabled=${i}
            aria-describedby=${u}
            aria-invalid=${o&&!i?`true`:`false`}
            @change=${()=>{a(n.value),this.view.clearErrors(t)}}
          />
          <span>
            <span class="label">${n.label}</span>
            ${n.help?e`<span class="help" id=${c}>${n.help}</span>`:m}
            ${i?e`<span class="reason" id=${l}>${n.disabledReason}</span>`:m}
          </span>
        </label>`})}
      <p class="error" id="${s}-error" ?hidden=${!o}>${o}</p>
    </fieldset>`}showsError(e){for(let t of this.renderRoot.querySelectorAll(`certinomis-field[name], [data-path]`))if((t.getAttribute(`data-path`)??t.getAttribute(`name`)??``).split(` `).includes(e))return!0;return!1}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`certinomis-field[error], input[aria-invalid="true"]:not(:disabled)`);return e?.focus(),e!==null}};l([p({attribute:!1})],J.prototype,`view`,void 0);var wn=class extends J{constructor(...e){super(...e),this.step=`beneficiaire`,this.same=!1,this.person=K()}draft(){return this.same?{sameAsMandataire:!0}:{sameAsMandataire:!1,person:{...this.person}}}resetDraft(){let e=this.view.context.beneficiaire;this.same=e?.sameAsMandataire??!1,this.person=e&&!e.sameAsMandataire?xn(e.person):K()}render(){let{locale:t}=this,n=q(this.view.context.mandataire);return e`
      ${this.heading(H(t,`dossier.heading.beneficiaire`))}
      <p class="intro">${H(t,`dossier.beneficiaire.intro`)}</p>
      <label class="choice">
        <input
          type="checkbox"
          name="beneficiaire.sameAsMandataire"
          .checked=${this.same}
          aria-describedby="same-help"
          @change=${e=>{this.same=e.target.checked,this.view.clearErrors(`beneficiaire`)}}
        />
        <span>
          <span class="label">${H(t,`dossier.beneficiaire.same`)}</span>
          <span class="help" id="same-help">
            ${n?H(t,`dossier.beneficiaire.sameName`,{name:n}):``}
          </span>
        </span>
      </label>
      ${this.same?``:e`<fieldset>
              <legend>${H(t,`dossier.beneficiaire.person`)}</legend>
              <p class="help">${H(t,`dossier.required`)}</p>
              ${this.personFields(`beneficiaire.person`,this.person,(e,t)=>{this.person={...this.person,[e]:t}},H(t,`dossier.mobileHelp`))}
            </fieldset>`}
    `}};l([n()],wn.prototype,`same`,void 0),l([n()],wn.prototype,`person`,void 0),wn=l([h(`certinomis-dossier-beneficiaire`)],wn);var Tn=class extends J{constructor(...e){super(...e),this.step=`delivery`,this.recipient=``,this.mode=``}draft(){return{recipient:this.recipient,mode:this.mode}}resetDraft(){let e=this.view.context.delivery;this.recipient=e?.recipient??``,this.mode=e?.mode??``}render(){let{locale:t}=this,{context:n}=this.view,r={mandataire:q(n.mandataire),beneficiaire:q(cn(n))},i=Zt({mode:`mail`},n.identity),a=e=>e===`mail`&&i?`${H(t,`dossier.delivery.mailDisabled`)} ${E(t,`validation.mail_requires_online_identity`)}`:null;return e`
      ${this.heading(H(t,`dossier.heading.delivery`))}
      <p class="intro">${H(t,`dossier.delivery.intro`)}</p>
      ${this.radios(`delivery.recipient`,H(t,`dossier.field.recipient`),this.recipient,gt.map(e=>({value:e,label:H(t,`dossier.delivery.${e}`),help:r[e]})),e=>{this.recipient=e})}
      ${this.radios(`delivery.mode`,H(t,`dossier.field.mode`),this.mode,_t.map(e=>({value:e,label:H(t,`dossier.delivery.${e}`),...e===`mail`&&!i?{help:H(t,`dossier.delivery.mailHelp`)}:{},disabledReason:a(e)})),e=>{this.mode=e})}
    `}};l([n()],Tn.prototype,`recipient`,void 0),l([n()],Tn.prototype,`mode`,void 0),Tn=l([h(`certinomis-dossier-delivery`)],Tn);var Y=class extends i{constructor(...e){super(...e),this.locale=`fr`,this.current=null,this.reachable=[],this.complete=[],this.disabled=!1}static{this.styles=[r,Se,t`
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        padding: 0.25rem 0.4rem 0.25rem 0.15rem;
        min-height: 44px;
        border: none;
        background: none;
        color: inherit;
        font-weight: inherit;
      }

      button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }

      .done .n {
        background: var(--_surface-alt);
      }

      .done button::after {
        content: '✓';
        color: #1a7f37;
        font-weight: 700;
      }
    `]}render(){let{locale:t}=this;return e`<ol aria-label=${H(t,`dossier.steps`)}>
      ${L.map((n,r)=>{let i=n===this.current,a=this.complete.includes(n),o=this.reachable.includes(n);return e`<li class=${i?`current`:a?`done`:``} data-step=${n}>
          <button
            type="button"
            part="step"
            ?disabled=${!o||this.disabled}
            aria-current=${i?`step`:m}
            @click=${()=>{i||this.choose(n)}}
          >
            <span class="n" aria-hidden="true">${r+1}</span>
            <span class="visually-hidden">${r+1}.</span> ${G(t,n)}${a?e`<span class="visually-hidden"> (${H(t,`dossier.done`)})</span>`:o?m:e`<span class="visually-hidden"> (${H(t,`dossier.locked`)})</span>`}
          </button>
        </li>`})}
    </ol>`}choose(e){this.dispatchEvent(new CustomEvent(`certinomis-dossier-goto`,{detail:{step:e},bubbles:!0,composed:!0}))}};l([p()],Y.prototype,`locale`,void 0),l([p({attribute:!1})],Y.prototype,`current`,void 0),l([p({attribute:!1})],Y.prototype,`reachable`,void 0),l([p({attribute:!1})],Y.prototype,`complete`,void 0),l([p({type:Boolean})],Y.prototype,`disabled`,void 0),Y=l([h(`certinomis-dossier-stepper`)],Y);function En(e,t){let n=e instanceof s?e:new s(0,null),r=n.problem;switch(n.status){case 409:return{kind:`reload`,notice:H(t,`dossier.stale`)};case 422:if(r?.errors?.length)return{kind:`fields`,errors:r.errors.map(e=>[e.field,e.message])};break;case 413:case 415:return{kind:`file`,message:r?.detail??r?.title??``};case 429:return{kind:`general`,message:H(t,`dossier.throttled`,{n:n.retryAfter??60}),emit:!1};case 401:return{kind:`general`,message:H(t,`dossier.sessionExpired`),emit:!0}}return n.status===0||n.status>=500?{kind:`general`,message:H(t,n.status===0?`dossier.unreachable`:`dossier.failed`),emit:!0}:{kind:`general`,message:r?.detail??r?.title??H(t,`dossier.failed`),emit:!1}}function Dn(e,t){return e.status===401?H(t,`dossier.sessionExpired`):e.status===404?H(t,`dossier.notFound`):e.status===0?H(t,`dossier.unreachable`):H(t,`dossier.failed`)}var On=[`image/jpeg`,`image/png`,`application/pdf`];function kn(t,n){let{locale:r,context:i,dossier:a,upload:o}=t,s=t.errors.get(`file`)??t.errors.get(`identity.document`)??null,c=a.documents[0]?.uploadedAt??i.identitySubmittedAt,l=i.documentUploaded&&c,u=i.identityStatus===`refused`,d=o.state===`sending`,f=[`file-help`,s?`file-error`:``].filter(Boolean).join(` `);return e`<div class="file" data-path="file identity.document">
    ${u?e`<div class="alert" role="alert">
            <strong class="error">
              ${H(r,`dossier.identity.refused`,{reason:i.identityRefusalReason??``})}
            </strong>
            <span>${H(r,`dossier.identity.uploadAgain`)}</span>
          </div>`:l?e`<p class="ok" data-received>
              ${H(r,`dossier.identity.received`,{date:U(c,r),time:W(c,r)})}
              ${i.identityStatus===`verified`?H(r,`dossier.identity.verified`):H(r,`dossier.identity.pending`)}
            </p>`:m}
    ${i.identityStatus===`verified`?m:e`<label for="file">
              ${H(r,`dossier.field.file`)}${n?e`<span class="req" aria-hidden="true"> *</span>`:m}
            </label>
            <input
              id="file"
              type="file"
              name="file"
              accept=${On.join(`,`)}
              ?disabled=${d||t.busy}
              aria-required=${n?`true`:`false`}
              aria-describedby=${f}
              aria-invalid=${s?`true`:`false`}
              @change=${e=>{let n=e.target,r=n.files?.[0];n.value=``,r&&t.uploadDocument(r)}}
            />
            <p class="field-help" id="file-help">
              ${H(r,`dossier.identity.fileHelp`)}
              ${l&&!u?H(r,`dossier.identity.replace`):``}
            </p>`}
    ${d?e`<progress max="100" value=${o.percent} aria-labelledby="sending"></progress>
            <p id="sending">${H(r,`dossier.identity.sending`,{percent:o.percent})}</p>`:m}
    <p class="error" id="file-error" ?hidden=${!s}>${s}</p>
  </div>`}var An=class extends J{constructor(...e){super(...e),this.step=`identity`,this.method=``}draft(){return{method:this.method}}resetDraft(){this.method=this.view.context.identity?.method??``}render(){let{locale:t}=this,{context:n}=this.view;return e`
      ${this.heading(H(t,`dossier.heading.identity`))}
      <p class="intro">${H(t,`dossier.identity.intro`)}</p>
      ${this.radios(`identity.method`,H(t,`dossier.identity.method`),this.method,vt.map(e=>({value:e,label:H(t,`dossier.identity.${e}`),help:H(t,e===`online`?`dossier.identity.onlineHelp`:`dossier.identity.faceHelp`)})),e=>{this.method=e})}
      ${this.method===`online`?kn(this.view,!(n.identity?.method===`online`&&n.documentUploaded)):m}
    `}};l([n()],An.prototype,`method`,void 0),An=l([h(`certinomis-dossier-identity`)],An);var X=class extends J{constructor(...e){super(...e),this.step=`mandataire`,this.person=K(),this.prefilled=!1,this.orderPhone=null}draft(){return{...this.person}}resetDraft(){let e=this.view.context.mandataire;if(e){this.person=xn(e),this.prefilled=!1,this.orderPhone=null;return}let{person:t,phone:n}=Sn(this.view);this.person=t,this.prefilled=this.view.context.prefill?.contact!==void 0,this.orderPhone=n}render(){let{locale:t}=this,n=this.orderPhone!==null&&this.person.mobile.trim()===``?H(t,`dossier.mandataire.notMobile`,{phone:bn(this.orderPhone)}):H(t,`dossier.mobileHelp`);return e`
      ${this.heading(H(t,`dossier.heading.mandataire`))}
      <p class="intro">${H(t,`dossier.mandataire.intro`)}</p>
      ${this.prefilled?e`<p class="note">${H(t,`dossier.mandataire.prefilled`)}</p>`:m}
      <p class="help">${H(t,`dossier.required`)}</p>
      ${this.personFields(`mandataire`,this.person,(e,t)=>{this.person={...this.person,[e]:t}},n)}
    `}};l([n()],X.prototype,`person`,void 0),l([n()],X.prototype,`prefilled`,void 0),l([n()],X.prototype,`orderPhone`,void 0),X=l([h(`certinomis-dossier-mandataire`)],X);var jn=[`FR`,`BE`,`LU`,`CH`,`MC`,`DE`,`ES`,`IT`,`NL`,`PT`,`GB`,`IE`,`AT`];function Mn(e,t){let n=new Intl.DisplayNames([e],{type:`region`}),[r=`FR`,...i]=jn.includes(t)||t===``?jn:[...jn,t],a=e=>({value:e,label:n.of(e)??e});return[a(r),...i.map(a).sort((t,n)=>t.label.localeCompare(n.label,e))]}var Nn=class extends J{constructor(...e){super(...e),this.step=`organisation`,this.values={siret:``,name:``,address:``,postalCode:``,city:``,country:`FR`}}draft(){return{...this.values}}resetDraft(){let{organisation:e,prefill:t}=this.view.context,n=e??t?.organisation??{};this.values={siret:n.siret??``,name:n.name??``,address:n.address??``,postalCode:n.postalCode??``,city:n.city??``,country:n.country??`FR`}}set(e,t){this.values={...this.values,[e]:t}}render(){let{locale:t}=this,n=this.values;return e`
      ${this.heading(H(t,`dossier.heading.organisation`))}
      <p class="intro">${H(t,`dossier.organisation.intro`)}</p>
      <p class="help">${H(t,`dossier.required`)}</p>
      <div class="grid">
        ${this.field(`organisation.siret`,n.siret,e=>this.set(`siret`,e),{inputmode:`numeric`,autocomplete:`off`})}
        ${this.field(`organisation.name`,n.name,e=>this.set(`name`,e),{autocomplete:`organization`})}
        ${this.field(`organisation.address`,n.address,e=>this.set(`address`,e),{autocomplete:`street-address`,wide:!0})}
        ${this.field(`organisation.postalCode`,n.postalCode,e=>this.set(`postalCode`,e),{autocomplete:`postal-code`,inputmode:`numeric`})}
        ${this.field(`organisation.city`,n.city,e=>this.set(`city`,e),{autocomplete:`address-level2`})}
        ${this.field(`organisation.country`,n.country,e=>this.set(`country`,e),{type:`select`,autocomplete:`country`,options:Mn(t,n.country)})}
      </div>
    `}};l([n()],Nn.prototype,`values`,void 0),Nn=l([h(`certinomis-dossier-organisation`)],Nn);function Pn(e,t){return t===`MME`?H(e,`dossier.mme`):t===`MR`?H(e,`dossier.mr`):t}function Z(t,n){return e`<dt>${t}</dt><dd>${n}</dd>`}function Fn(t,n){return e`${Z(H(t,`dossier.field.lastName`),`${Pn(t,n.civility)} ${q(n)}`)}
  ${Z(H(t,`dossier.field.function`),n.function)}
  ${Z(H(t,`dossier.field.email`),n.email)}
  ${Z(H(t,`dossier.field.mobile`),bn(_(n.mobile)))}`}function In(t){let{locale:n,context:r}=t,i=H(n,`dossier.summary.none`),a=(t,r)=>e`<section aria-labelledby="facts-${t}">
      <h3 id="facts-${t}">${G(n,t)}</h3>
      <dl class="facts">${r}</dl>
    </section>`,{organisation:o,mandataire:s,beneficiaire:c,delivery:l,identity:u}=r,d=cn(r),f=t.dossier.documents[0]?.uploadedAt??r.identitySubmittedAt;return e`
    ${a(`organisation`,o?e`${Z(H(n,`dossier.field.name`),o.name)}
          ${Z(H(n,`dossier.field.siret`),o.siret)}
          ${Z(H(n,`dossier.field.address`),`${o.address}, ${o.postalCode} ${o.city} (${o.country})`)}`:Z(G(n,`organisation`),i))}
    ${a(`mandataire`,s?Fn(n,s):Z(G(n,`mandataire`),i))}
    ${a(`beneficiaire`,c?.sameAsMandataire?Z(G(n,`beneficiaire`),H(n,`dossier.summary.sameAsMandataire`,{name:q(s)})):d?Fn(n,d):Z(G(n,`beneficiaire`),i))}
    ${a(`delivery`,l?e`${Z(H(n,`dossier.field.recipient`),`${H(n,`dossier.delivery.${l.recipient}`)} (${q(l.recipient===`mandataire`?s:d)})`)}
          ${Z(H(n,`dossier.field.mode`),H(n,`dossier.delivery.${l.mode}`))}`:Z(G(n,`delivery`),i))}
    ${a(`identity`,u?e`${Z(H(n,`dossier.field.method`),`${H(n,`dossier.identity.${u.method}`)}${r.identityStatus===`verified`?` — ${H(n,`dossier.identity.verified`)}`:``}`)}
          ${u.method===`online`?Z(H(n,`dossier.field.file`),r.documentUploaded&&f?H(n,`dossier.identity.received`,{date:U(f,n),time:W(f,n)}):i):m}`:Z(G(n,`identity`),i))}
    ${r.signedAt?a(`signature`,Z(H(n,`dossier.field.method`),`${H(n,r.signatureMethod===`online`?`dossier.signature.online`:`dossier.signature.handwritten`)} — ${r.signatureMethod===`online`?H(n,`dossier.summary.signedOnline`,{date:U(r.signedAt,n),time:W(r.signedAt,n)}):r.paperReceived?H(n,`dossier.summary.paperReceived`):H(n,`dossier.summary.signedPaper`,{date:U(r.signedAt,n)})}`)):m}
  `}function Ln(e){let t=e.split(`.`)[0];return L.includes(t??``)?t:null}function Rn(t){let{locale:n,payee:r,signature:i}=t;return e`<div class="actions">
      <button
        type="button"
        class="secondary"
        data-action="download"
        ?disabled=${i.pdf===`loading`}
        aria-describedby="pdf-status"
        @click=${()=>t.downloadPdf()}
      >
        ${H(n,i.pdf===`loading`?`dossier.signature.downloading`:`dossier.signature.download`)}
      </button>
      <span id="pdf-status" class="ok">
        ${i.pdf===`done`?H(n,`dossier.signature.downloaded`):``}
      </span>
    </div>
    ${r?e`<p>${H(n,`dossier.signature.postTo`)}</p>
            <address>${r.holder}
${r.address}
${r.postalCode} ${r.city}</address>`:m}`}var zn=class extends J{constructor(...e){super(...e),this.step=`signature`,this.method=``,this.code=``}draft(){return{method:this.method}}resetDraft(){this.method=this.view.context.signature?.method??``}render(){let{locale:t}=this,{context:n}=this.view,r=nn(n),i=n.signature?.method??null;return e`
      ${this.heading(H(t,`dossier.heading.signature`))}
      <p class="intro">${H(t,`dossier.signature.intro`)}</p>
      ${r.length>0?e`<div class="alert" data-incomplete>
              <strong>${H(t,`dossier.signature.incomplete`)}</strong>
              <ul class="missing">
                ${r.map(n=>e`<li>${E(t,n.key,n.params)}</li>`)}
              </ul>
              <div class="actions">
                ${[...new Set(r.map(e=>Ln(e.field)))].map(n=>n?e`<button type="button" class="secondary" ?disabled=${this.view.busy}
                        @click=${()=>this.view.goTo(n)}>
                        ${H(t,`dossier.signature.fix`,{label:G(t,n)})}
                      </button>`:m)}
              </div>
            </div>`:m}
      <details class="summary">
        <summary>${H(t,`dossier.summary.title`)} — ${H(t,`dossier.signature.review`)}</summary>
        ${In(this.view)}
      </details>
      ${this.radios(`signature.method`,H(t,`dossier.signature.method`),this.method,yt.map(e=>({value:e,label:H(t,`dossier.signature.${e}`),help:H(t,e===`online`?`dossier.signature.onlineHelp`:`dossier.signature.handwrittenHelp`)})),e=>{this.method=e})}
      ${this.method!==``&&this.method!==i?e`<div class="actions">
              <button type="button" class="primary" data-action="choose" ?disabled=${this.view.busy}
                @click=${()=>this.view.chooseSignature(this.method===`online`?`online`:`handwritten`)}>
                ${H(t,`dossier.signature.choose`)}
              </button>
            </div>`:i===`online`&&this.method===`online`?this.online():i===`handwritten`&&this.method===`handwritten`?this.paper():m}
    `}online(){let{locale:t}=this,{context:n,dossier:r,signature:i,busy:a}=this.view,o=rn(n),s=n.mandataire?bn(_(n.mandataire.mobile)):``,c=n.codeSentAt!==null&&n.codeSentForVersion===r.version,l=i.sentTo!==null&&i.expiresAt!==null?H(t,`dossier.signature.codeSent`,{phone:bn(i.sentTo),time:W(i.expiresAt,t)}):n.codeSentAt?H(t,`dossier.signature.codeSentEarlier`,{time:W(n.codeSentAt,t)}):``;if(!c)return e`<section class="card" aria-labelledby="online-title">
        <h3 id="online-title">${H(t,`dossier.signature.online`)}</h3>
        <p>${H(t,`dossier.signature.codeTo`,{phone:s})}</p>
        <div class="actions">
          <button type="button" class="primary" data-action="send-code"
            ?disabled=${!o||a||i.requesting}
            @click=${()=>this.view.requestCode()}>
            ${H(t,`dossier.signature.sendCode`)}
          </button>
        </div>
        ${this.codeError()}
      </section>`;let u=()=>{i.confirming||this.view.confirmCode(this.code)};return e`<section class="card" aria-labelledby="online-title">
      <h3 id="online-title">${H(t,`dossier.signature.online`)}</h3>
      <p data-sent>${l}</p>
      <div class="code-row">
        <certinomis-field
          part="field"
          name="code"
          label=${H(t,`dossier.field.code`)}
          .value=${this.code}
          required
          inputmode="numeric"
          autocomplete="one-time-code"
          help=${H(t,`dossier.signature.codeHelp`)}
          error=${this.errorOf(`code`)??m}
          @input=${e=>{this.code=e.target.value,this.view.clearErrors(`code`)}}
          @keydown=${e=>{e.key===`Enter`&&u()}}
        ></certinomis-field>
        <button type="button" class="primary" data-action="confirm"
          ?disabled=${a||i.confirming}
          aria-busy=${i.confirming?`true`:`false`}
          @click=${u}>
          ${H(t,i.confirming?`dossier.signature.confirming`:`dossier.signature.confirm`)}
        </button>
      </div>
      <div class="actions">
        <button type="button" class="secondary" data-action="resend"
          ?disabled=${i.resendIn>0||a||i.requesting}
          aria-describedby="resend-help"
          @click=${()=>this.view.requestCode()}>
          ${H(t,`dossier.signature.resend`)}
        </button>
        <span id="resend-help" class="help">
          ${i.resendIn>0?H(t,`dossier.signature.resendIn`,{n:i.resendIn}):``}
        </span>
      </div>
      ${this.errorOf(`code`)?m:this.codeError()}
    </section>`}codeError(){let t=this.errorOf(`signature.code`)??this.errorOf(`mandataire.mobile`);return t?e`<p class="error" data-path="signature.code mandataire.mobile">${t}</p>`:m}paper(){let{locale:t}=this,{context:n,busy:r}=this.view;return e`<section class="card" aria-labelledby="paper-title">
      <h3 id="paper-title">${H(t,`dossier.signature.handwritten`)}</h3>
      ${Rn(this.view)}
      <div class="actions">
        <button type="button" class="primary" data-action="paper"
          ?disabled=${!rn(n)||r}
          @click=${()=>this.view.choosePaper()}>
          ${H(t,`dossier.signature.paperDone`)}
        </button>
      </div>
      <p class="help">${H(t,`dossier.signature.after`)}</p>
    </section>`}};l([n()],zn.prototype,`method`,void 0),l([n()],zn.prototype,`code`,void 0),zn=l([h(`certinomis-dossier-signature`)],zn);var Bn=[`awaiting_paper`,`in_review`,`awaiting_payment`],Vn=class extends J{render(){let{locale:t}=this,{context:n,dossier:r}=this.view,i=Bn.includes(r.status)?on(n).filter(e=>e!==`dossier_incomplete`&&e!==`not_signed`):[],a=n.refusalReason??n.cancelReason;return e`
      ${this.heading(H(t,`dossier.summary.title`))}
      <p class="note">${H(t,`dossier.summary.readOnly`)}</p>
      ${i.length>0?e`<div data-waiting>
              <p><strong>${H(t,`dossier.summary.waiting`)}</strong></p>
              <ul class="missing">
                ${i.map(n=>e`<li>${E(t,sn(n))}</li>`)}
              </ul>
            </div>`:m}
      ${n.certificate?e`<p class="ok">
              ${H(t,`dossier.summary.certificate`,{serial:n.certificate.serialNumber,date:U(n.certificate.notAfter,t)})}
            </p>`:m}
      ${(r.status===`refused`||r.status===`cancelled`)&&a?e`<p class="error">${H(t,`dossier.summary.reason`,{reason:a})}</p>`:m}
      ${n.identityStatus===`refused`&&n.identity?.method===`online`?kn(this.view,!0):m}
      ${r.status===`awaiting_paper`?e`<section class="card">${Rn(this.view)}</section>`:m}
      <div class="summary">${In(this.view)}</div>
    `}};Vn=l([h(`certinomis-dossier-summary`)],Vn);function Hn(t,n,r){return e`<div class="error" role="alert">
    <strong>${Dn(n,t)}</strong>
    ${n.status===0||n.status>=500?e`<p></p><button type="button" class="primary" @click=${r}>
            ${H(t,`dossier.retry`)}
          </button>`:m}
  </div>`}function Un(t,n){return e`<header>
    <div>
      <p class="title">${H(t,`dossier.title`)}</p>
      <p class="order-line">
        ${H(t,`dossier.orderLine`,{product:n.productLabel,reference:n.orderReference,date:U(n.orderDate,t),position:n.position,quantity:n.quantity})}
      </p>
    </div>
    <p>
      <span class="visually-hidden">${H(t,`dossier.status`)} :</span>
      <span class="badge ${n.status}" part="status" data-status=${n.status}
        >${n.statusLabel}</span
      >
    </p>
  </header>`}function Wn(e){let t=new Set(nn(e).map(e=>e.field.split(`.`)[0]));return L.filter(n=>n===`signature`?e.signedAt!==null:!t.has(n))}function Gn(t,n,r,i,a){return e`<certinomis-dossier-stepper
    exportparts="step"
    locale=${t}
    .current=${r}
    .reachable=${tn(n)}
    .complete=${Wn(n)}
    ?disabled=${i}
    @certinomis-dossier-goto=${e=>a(e.detail.step)}
  ></certinomis-dossier-stepper>`}function Kn(t,n,r,i){return e`${n?e`<div class="notice" role="alert" data-notice><p>${n}</p></div>`:m}
  ${r?e`<div class="error" role="alert" data-failure><strong>${r}</strong></div>`:m}
  ${i.length>0?e`<div class="error" data-errors>
          <strong>${te(t,`review.fix`)}</strong>
          <ul>
            ${i.map(([n,r])=>{let i=yn(t,n);return e`<li>${i?`${i} : `:``}${r}</li>`})}
          </ul>
        </div>`:m}`}function qn(t,n){switch(t){case`organisation`:return e`<certinomis-dossier-organisation data-screen exportparts="field" .view=${n}></certinomis-dossier-organisation>`;case`mandataire`:return e`<certinomis-dossier-mandataire data-screen exportparts="field" .view=${n}></certinomis-dossier-mandataire>`;case`beneficiaire`:return e`<certinomis-dossier-beneficiaire data-screen exportparts="field" .view=${n}></certinomis-dossier-beneficiaire>`;case`delivery`:return e`<certinomis-dossier-delivery data-screen .view=${n}></certinomis-dossier-delivery>`;case`identity`:return e`<certinomis-dossier-identity data-screen .view=${n}></certinomis-dossier-identity>`;case`signature`:return e`<certinomis-dossier-signature data-screen exportparts="field" .view=${n}></certinomis-dossier-signature>`;default:return e`<certinomis-dossier-summary data-screen .view=${n}></certinomis-dossier-summary>`}}function Jn(t,n,r,i){let a=[];return n!==`organisation`&&a.push(`back`),n!==`signature`&&a.push(`next`),e`<certinomis-button-bar
    part="buttons"
    locale=${t}
    .actions=${a}
    ?busy=${r}
    @certinomis-action=${e=>i(e.detail.action)}
  ></certinomis-button-bar>`}var Yn=()=>({sentTo:null,expiresAt:null,resendIn:0,requesting:!1,confirming:!1,pdf:`idle`});function Xn(e,t){let n=(t-Date.parse(e))/1e3;return Math.max(0,Math.ceil(60-n))}var Zn=class{constructor(e,t){this.host=e,this.requests=t,this.state=Yn(),this.ticker=null,e.addController(this)}hostDisconnected(){this.stopTicker()}reset(){this.stopTicker(),this.set(Yn())}follow(e,t){let n=vn(t);n.codeSentAt===null||n.codeSentForVersion!==t.version?this.state.sentTo!==null&&this.set({sentTo:null,expiresAt:null}):(e===null||e.id!==t.id)&&this.countDown(Xn(n.codeSentAt??``,Date.now()))}async request(){let{requests:e}=this,t=e.dossier;if(!t||e.busy||this.state.requesting)return;this.set({requesting:!0});let n={};await e.run(async()=>{let r=await e.client.requestSignatureCode(t.id,e.accessToken,t.version);return n.sent=r,r.dossier},`signature`,t=>{if(!(t instanceof s&&t.status===429))return!1;let n=t.retryAfter??60;return e.refuse(`signature.code`,H(e.locale,`dossier.throttled`,{n}),!1),this.countDown(n),!0});let r=n.sent;r&&(this.set({sentTo:r.sentTo,expiresAt:r.expiresAt}),this.countDown(60),e.announce(H(e.locale,`dossier.signature.codeSent`,{phone:r.sentTo,time:W(r.expiresAt,e.locale)}))),this.set({requesting:!1})}async confirm(e){let{requests:t}=this,n=t.dossier;if(!n||t.busy)return;let r=e.replace(/\s/g,``);/^\d{6}$/.test(r)?(this.set({confirming:!0}),await t.run(()=>t.client.confirmSignature(n.id,t.accessToken,n.version,r)),this.set({confirming:!1})):t.refuse(`code`,E(t.locale,`validation.code_format`))}async downloadPdf(){let{requests:e}=this,t=e.dossier;if(t&&this.state.pdf!==`loading`){this.set({pdf:`loading`});try{let{blob:n,fileName:r}=await e.client.getDossierPdf(t.id,e.accessToken),i=URL.createObjectURL(n),a=document.createElement(`a`);a.href=i,a.download=r,a.hidden=!0,e.root.appendChild(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(i),6e4),this.set({pdf:`done`}),e.announce(H(e.locale,`dossier.signature.downloaded`))}catch(t){this.set({pdf:`idle`}),await e.fail(t)}}}countDown(e){if(this.set({resendIn:e}),this.stopTicker(),e<=0)return;let t=Date.now()+e*1e3;this.ticker=setInterval(()=>{let e=Math.max(0,Math.ceil((t-Date.now())/1e3));this.set({resendIn:e}),e===0&&this.stopTicker()},1e3)}stopTicker(){this.ticker!==null&&clearInterval(this.ticker),this.ticker=null}set(e){this.state={...this.state,...e},this.host.requestUpdate()}};function Qn(e){return e.size===0?`validation.file_required`:e.size>10485760?`problem.file_too_large.detail`:e.type!==``&&!On.includes(e.type)?`problem.file_type.detail`:null}function $n(e,t){return t>0?Math.min(100,Math.round(e/t*100)):0}var er=class{constructor(e,t){this.host=e,this.requests=t,this.state={state:`idle`},e.addController(this)}hostDisconnected(){}reset(){this.set({state:`idle`})}async upload(e){let{requests:t}=this,n=t.dossier;if(!n||t.busy)return;let r=t.locale,i=Qn(e);if(i){t.refuse(`file`,E(r,i));return}let a=t.step??void 0;if(n.editable&&vn(n).identity?.method!==`online`&&!await t.send({type:`dossier.save`,step:`identity`,data:{method:`online`}},a))return;let o=t.dossier;if(!o)return;this.set({state:`sending`,percent:0}),t.announce(H(r,`dossier.identity.sending`,{percent:0}));let s=await t.run(()=>t.client.uploadDossierDocument(o.id,t.accessToken,e,{version:o.version,onProgress:(e,t)=>this.set({state:`sending`,percent:$n(e,t)})}),a);this.set({state:`idle`});let c=s?.documents[0]?.uploadedAt;c&&t.announce(H(r,`dossier.identity.received`,{date:U(c,r),time:W(c,r)}))}set(e){this.state=e,this.host.requestUpdate()}},Q=class extends i{constructor(...e){super(...e),this.dossierId=``,this.accessToken=``,this.api=``,this.locale=`fr`,this.partnerKey=null,this.load={state:`idle`},this.dossier=null,this.step=null,this.errors=/* @__PURE__ */ new Map,this.unplaced=[],this.busy=!1,this.notice=null,this.failure=null,this.payee=null,this.announcement=``,this.abort=null,this.pendingFocus=null,this.requests=this.lend(),this.upload=new er(this,this.requests),this.signature=new Zn(this,this.requests),this.language=new Le(this,()=>this.loc)}static{this.styles=[r,mn]}get current(){return this.dossier}async getUpdateComplete(){return await super.getUpdateComplete(),await this.language.settled,super.getUpdateComplete()}get loc(){return u(this.locale)}willUpdate(e){(!this.client||e.has(`api`)||e.has(`locale`)||e.has(`partnerKey`))&&(this.client=new c({baseUrl:this.api||globalThis.location.origin,partnerKey:this.partnerKey,locale:this.loc})),e.has(`dossierId`)&&e.get(`dossierId`)&&(this.dossier=null,this.step=null,this.errors=/* @__PURE__ */ new Map,this.notice=null,this.failure=null,this.upload.reset(),this.signature.reset()),(e.has(`dossierId`)||e.has(`accessToken`)||e.has(`api`)||e.has(`locale`))&&this.dossierId&&this.accessToken&&this.reload()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async reload(e=null){this.abort?.abort();let t=new AbortController;this.abort=t,this.dossier||(this.load={state:`loading`});try{let n=await this.client.getDossier(this.dossierId,this.accessToken,t.signal);if(t.signal.aborted)return;this.errors=/* @__PURE__ */ new Map,this.failure=null,this.notice=e,this.apply(n),this.load={state:`ready`},e&&(this.pendingFocus=`heading`,this.announce(e))}catch(e){if(t.signal.aborted)return;let n=e instanceof s?e:new s(0,null);this.load={state:`error`,error:n},this.emitError(n)}}apply(e,t){let n=this.dossier;this.dossier=e,this.payee=e.payee;let r=e.editable&&Xt(e.step)?e.step:null,i=t&&e.editable?t:r;i!==this.step&&(n!==null&&(this.pendingFocus=`heading`),this.step=i),this.signature.follow(n,e),n?.id===e.id&&n.editable&&!e.editable&&this.dispatchEvent(new CustomEvent(`certinomis:dossier-submitted`,{detail:{id:e.id,status:e.status},bubbles:!0,composed:!0}))}lend(){let e=this;return{get locale(){return e.loc},get accessToken(){return e.accessToken},get client(){return e.client},get dossier(){return e.dossier},get step(){return e.step},get busy(){return e.busy},get root(){return e.renderRoot},run:(e,t,n)=>this.run(e,t,n),send:(e,t)=>this.send(e,t),refuse:(e,t,n)=>this.refuse(e,t,n),announce:e=>this.announce(e),fail:e=>this.fail(e)}}async run(e,t,n){this.busy=!0,this.notice=null,this.failure=null;try{let n=await e();return this.errors=/* @__PURE__ */ new Map,this.apply(n,t),n}catch(e){return n?.(e)||await this.fail(e),null}finally{this.busy=!1}}send(e,t){let n=this.dossier;return n?this.run(()=>this.client.sendDossierEvent(n.id,this.accessToken,n.version,e),t):Promise.resolve(null)}async next(){let e=this.dossier,t=this.screen(),n=this.step;if(!e||!t||!n||this.busy)return;let r=t.draft(),i=_n(e,n,r);i.length>0?this.showIssues(i):await this.send({type:`dossier.save`,step:n,data:r})}back(){let e=L[(this.step?L.indexOf(this.step):-1)-1];e&&!this.busy&&this.goTo(e)}async goTo(e){this.busy||await this.send({type:`dossier.goTo`,step:e})}async chooseSignature(e){this.busy||await this.send({type:`dossier.save`,step:`signature`,data:{method:e}},`signature`)}async choosePaper(){this.busy||await this.send({type:`signature.choosePaper`})}async fail(e){let t=En(e,this.loc);switch(t.kind){case`reload`:await this.reload(t.notice);return;case`fields`:this.showErrors(t.errors);return;case`file`:this.refuse(`file`,t.message);return;case`general`:this.failure=t.message,t.emit&&this.emitError(e instanceof s?e:new s(0,null))}}showIssues(e){this.showErrors(e.map(e=>[e.field,E(this.loc,e.key,e.params)]))}showErrors(e,t=!0){this.errors=new Map(e);let[n]=e;if(n){let t=yn(this.loc,n[0]);this.announce(H(this.loc,Te(this.loc,e.length,`dossier.errors`),{n:e.length,first:t?`${t} : ${n[1]}`:n[1]}))}t&&(this.pendingFocus=`error`)}refuse(e,t,n=!0){this.showErrors([[e,t]],n)}clearErrors(e){if(this.errors.size===0)return;let t=[...this.errors].filter(([t])=>t!==e&&!t.startsWith(`${e}.`));t.length!==this.errors.size&&(this.errors=new Map(t))}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}emitError(e){this.dispatchEvent(new CustomEvent(`certinomis:error`,{detail:{status:e.status,title:e.problem?.title??e.message},bubbles:!0,composed:!0}))}screen(){return this.renderRoot.querySelector(`[data-screen]`)}async updated(e){let t=this.screen();if(e.has(`errors`)||e.has(`step`)){await t?.updateComplete;let e=[...this.errors].filter(([e])=>!t?.showsError(e));(e.length>0||this.unplaced.length>0)&&(this.unplaced=e)}let n=this.pendingFocus;n&&(this.pendingFocus=null,t&&(await t.updateComplete,n===`error`&&await t.focusFirstError()||await t.focusHeading()))}render(){let{loc:t}=this,n=e`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.announcement}
    </div>`;if(this.load.state===`error`)return Hn(t,this.load.error,()=>this.reload());let r=this.dossier;if(!r)return e`<div class="status" role="status" aria-live="polite">
        ${H(t,`dossier.loading`)}
      </div>`;let i=vn(r),a={locale:t,dossier:r,context:i,errors:this.errors,busy:this.busy,upload:this.upload.state,signature:this.signature.state,payee:this.payee,clearErrors:e=>this.clearErrors(e),goTo:e=>void this.goTo(e),uploadDocument:e=>void this.upload.upload(e),refuse:(e,t)=>this.refuse(e,t),chooseSignature:e=>void this.chooseSignature(e),requestCode:()=>void this.signature.request(),confirmCode:e=>void this.signature.confirm(e),downloadPdf:()=>void this.signature.downloadPdf(),choosePaper:()=>void this.choosePaper()};return e`<div class="frame" aria-busy=${this.busy?`true`:`false`}>
        ${Un(t,r)}
        ${r.editable?Gn(t,i,this.step,this.busy,e=>void this.goTo(e)):m}
        ${Kn(t,this.notice,this.failure,this.unplaced)}
        ${qn(this.step,a)}
        ${r.editable&&this.step?Jn(t,this.step,this.busy,e=>{e===`next`&&this.next(),e===`back`&&this.back()}):m}
      </div>
      ${n}`}};l([p({attribute:`dossier-id`})],Q.prototype,`dossierId`,void 0),l([p({attribute:!1})],Q.prototype,`accessToken`,void 0),l([p()],Q.prototype,`api`,void 0),l([p()],Q.prototype,`locale`,void 0),l([p({attribute:`partner-key`})],Q.prototype,`partnerKey`,void 0),l([n()],Q.prototype,`load`,void 0),l([n()],Q.prototype,`dossier`,void 0),l([n()],Q.prototype,`step`,void 0),l([n()],Q.prototype,`errors`,void 0),l([n()],Q.prototype,`unplaced`,void 0),l([n()],Q.prototype,`busy`,void 0),l([n()],Q.prototype,`notice`,void 0),l([n()],Q.prototype,`failure`,void 0),l([n()],Q.prototype,`payee`,void 0),l([n()],Q.prototype,`announcement`,void 0),Q=l([h(`certinomis-dossier`)],Q);function tr(e){let t=async t=>{try{return await t(e())}catch(e){throw rt(e)}};return Ve.provide({actors:{startLogin:T(({input:e,signal:n})=>t(t=>t.startLogin(e,n))),pollLogin:T(({input:e,signal:n})=>t(t=>t.pollLogin(e.loginAttemptId,n))),verifyLogin:T(({input:e,signal:n})=>t(t=>t.verifyLogin(e.token,e.loginAttemptId,n))),register:T(({input:e,signal:n})=>t(t=>t.register(e,n))),verifyEmail:T(({input:e,signal:n})=>t(t=>t.verifyEmail(e.token,n))),requestReset:T(({input:e,signal:n})=>t(t=>t.requestReset(e.email,n))),confirmReset:T(({input:e,signal:n})=>t(t=>t.confirmReset(e.token,e.password,n))),denyLogin:T(({input:e,signal:n})=>t(t=>t.denyLogin(e.token,n))),loadAccount:T(({input:e,signal:n})=>t(t=>t.me(e.accessToken,n))),logout:T(({input:e,signal:n})=>t(t=>t.logout(e.accessToken,n)))}})}function nr(e){return`certinomis-order:space:${e}`}function rr(){try{return globalThis.sessionStorage??null}catch{return null}}var ir=e=>typeof e==`object`&&!!e&&!Array.isArray(e),ar=e=>ir(e)&&typeof e.accessToken==`string`&&typeof e.expiresAt==`string`,or=e=>ir(e)&&typeof e.loginAttemptId==`string`&&typeof e.expiresAt==`string`;function sr(e){try{let t=JSON.parse(rr()?.getItem(e)??`null`);return!ir(t)||t.v!==1?null:{v:1,email:typeof t.email==`string`?t.email:``,session:ar(t.session)?t.session:null,attempt:or(t.attempt)?t.attempt:null}}catch{return null}}function cr(e,t){try{!t.email&&!t.session&&!t.attempt?rr()?.removeItem(e):rr()?.setItem(e,JSON.stringify(t))}catch{}}var lr=class{constructor(e,t){this.host=e,this.options=t,this.flow=null,e.addController(this)}send(e){this.flow?.send(e)}hostConnected(){if(this.flow)return;let e=this.options.address(),t=this.options.storageKey(),n=sr(t);this.flow=new ye(this.host,tr(this.options.requests),{input:{email:e.email??n?.email??``,order:e.order??null,link:e.link,session:n?.session??null,attempt:n?.attempt??null},onChange:e=>{let{email:n,session:r,attempt:i}=e.context;cr(t,{v:1,email:n,session:r,attempt:i}),this.options.onChange?.(e)}})}hostDisconnected(){queueMicrotask(()=>{let e=this.flow;!this.host.isConnected&&e&&(e.actor.stop(),this.host.removeController(e),this.flow=null,this.options.onStop?.())})}},ur=[`login`,`verify`,`reset`,`deny`],dr=[`dashboard`,`dashboardAll`,`loggingOut`];function fr(){let e;try{e=new URL(globalThis.location.href)}catch{return{link:null,email:null,order:null}}let t=e.searchParams,n=null,r=!1;for(let e of ur){let i=t.get(e);i!==null&&(r=!0,i&&!n&&(n={kind:e,token:i}),t.delete(e))}if(r)try{let n=t.toString();history.replaceState(history.state,``,`${e.pathname}${n?`?${n}`:``}${e.hash}`)}catch{}return{link:n,email:t.get(`email`),order:t.get(`order`)}}var $=class extends i{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=`fr`,this.brand=null,this.openDossierId=null,this.announcement=``,this.language=new Le(this,()=>this.locale),this.client=null,this.lastScreen=null,this.pendingFocus=!1,this.session=new lr(this,{storageKey:()=>nr(this.baseUrl),address:fr,requests:()=>this.requests,onChange:e=>this.onFlowChange(e),onStop:()=>{this.lastScreen=null}}),this.closeDossier=()=>{this.openDossierId=null,this.pendingFocus=!0},this.onDossierError=e=>{e.detail.status===401&&(this.openDossierId=null,this.send({type:`space.sessionExpired`}))}}static{this.styles=[r,tt,Fe]}async getUpdateComplete(){return await super.getUpdateComplete(),await this.language.settled,super.getUpdateComplete()}get flow(){return this.session.flow}get screen(){return Be(this.flow?.snapshot.value)}get baseUrl(){return new URL(this.api||globalThis.location.origin,globalThis.location.href).toString()}get requests(){let{baseUrl:e,partnerKey:t,locale:n}=this,r=this.client?.options;return this.client&&r?.baseUrl===e&&r.partnerKey===t&&r.locale===n||(this.client=new it({baseUrl:e,partnerKey:t,locale:n,onTrouble:e=>this.emit(`certinomis:error`,{status:e.status,title:e.message??P(this.locale,`space.network`)})})),this.client}onFlowChange(e){let t=Be(e.value);t!==this.lastScreen&&(this.lastScreen!==null&&(this.pendingFocus=!0),this.lastScreen=t,this.emit(`certinomis:step`,{step:t,mode:`space`}))}send(e){this.session.send(e)}render(){let t=this.flow;if(!t)return m;let{locale:n}=this,r=t.snapshot,i=Be(r.value),a={locale:n,context:r.context,busy:r.hasTag(`busy`),send:e=>this.send(e),api:this.requests,session:r.context.session,announce:e=>this.announce(e),openDossier:e=>{this.emit(`certinomis:dossier-open`,{id:e}),this.openDossierId=e,this.pendingFocus=!0}};return e`<div class="frame" lang=${n}>
        <header>
          ${this.renderTitle(n)}
          ${Ue(n,P(n,`space.language`),e=>this.onLanguage(e))}
          ${dr.includes(i)?this.renderAccount(a):m}
        </header>
        ${this.renderScreen(i,a)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}renderTitle(t){let n=this.brand??Ne(null,this.baseUrl);return e`<div class="heading">
      ${Pe(n,t)}
      <p class="title">${P(t,`space.title`,{name:n.branding.displayName})}</p>
      ${Ie(n,t)}
    </div>`}renderAccount(e){let t=e.context.account?.email??e.context.email;return We({label:P(e.locale,`account.label`),who:P(e.locale,`account.email`,{email:t}),logout:P(e.locale,`account.logout`),busy:e.busy,onLogout:()=>this.send({type:`space.logout`})})}renderScreen(t,n){switch(t){case`login`:return e`<certinomis-space-login data-screen exportparts="field, submit" .view=${n}></certinomis-space-login>`;case`register`:return e`<certinomis-space-register data-screen exportparts="field, submit" .view=${n}></certinomis-space-register>`;case`forgotPassword`:return e`<certinomis-space-forgot-password data-screen exportparts="field, submit" .view=${n}></certinomis-space-forgot-password>`;case`resetPassword`:return e`<certinomis-space-reset-password data-screen exportparts="field, submit" .view=${n}></certinomis-space-reset-password>`;case`denyLogin`:case`loginDenied`:return e`<certinomis-space-deny-login
          data-screen
          exportparts="submit"
          ?denied=${t===`loginDenied`}
          .view=${n}
        ></certinomis-space-deny-login>`;case`awaitingLink`:return e`<certinomis-space-awaiting-link data-screen .view=${n}></certinomis-space-awaiting-link>`;case`dashboard`:case`dashboardAll`:return this.openDossierId&&n.session?this.renderDossier(this.openDossierId,n):t===`dashboard`?e`<certinomis-space-dashboard data-screen exportparts="dossier-button" .view=${n}></certinomis-space-dashboard>`:e`<certinomis-space-dossiers data-screen exportparts="field, dossier-button" .view=${n}></certinomis-space-dossiers>`;default:return e`<certinomis-space-message
          data-screen
          kind=${t}
          .view=${n}
        ></certinomis-space-message>`}}renderDossier(t,n){return e`<div class="dossier-frame">
      <button type="button" class="link back" @click=${this.closeDossier}>
        ${P(n.locale,`dossier.back`)}
      </button>
      <certinomis-dossier
        data-dossier
        .dossierId=${t}
        .accessToken=${n.session?.accessToken??``}
        api=${this.api}
        locale=${n.locale}
        partner-key=${this.partnerKey??m}
        exportparts="field, buttons"
        @certinomis:error=${this.onDossierError}
      ></certinomis-dossier>
    </div>`}onLanguage(e){e!==this.locale&&this.emit(`certinomis:locale`,{locale:e})}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){if(!this.pendingFocus)return;this.pendingFocus=!1;let e=this.renderRoot.querySelector(`[data-screen]`);e&&(await e.updateComplete,await e.focusHeading())}emit(e,t){this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}};l([p()],$.prototype,`api`,void 0),l([p({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),l([p()],$.prototype,`locale`,void 0),l([p({attribute:!1})],$.prototype,`brand`,void 0),l([n()],$.prototype,`openDossierId`,void 0),l([n()],$.prototype,`announcement`,void 0),$=l([h(`certinomis-client-space`)],$);export{$ as CertinomisClientSpace};
//# sourceMappingURL=client-space-hEdcDFb-.js.map