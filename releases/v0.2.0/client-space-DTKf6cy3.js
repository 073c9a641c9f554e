import{$ as e,A as t,B as n,C as r,D as i,E as a,F as o,G as s,H as c,I as l,J as u,K as d,L as ee,M as te,N as f,O as ne,P as re,Q as ie,R as p,S as ae,T as oe,U as se,V as m,W as ce,X as le,Y as ue,Z as h,_ as de,a as fe,at as g,b as pe,c as _,d as me,et as v,f as he,g as y,h as ge,i as _e,it as b,j as ve,k as ye,l as be,m as x,n as xe,nt as S,o as Se,ot as C,p as Ce,q as w,r as we,rt as T,s as E,st as D,t as Te,tt as O,u as Ee,v as De,w as Oe,x as ke,y as Ae,z as je}from"./certinomis-order.js";function k(e){return v(async()=>{throw Error(`${e} not provided`)})}function A(e){return typeof e==`object`&&e&&`status`in e&&typeof e.status==`number`&&`fields`in e?e:{status:0,message:null,fields:{},retryAfter:null}}var Me=e=>typeof e==`object`&&!!e&&`accessToken`in e;function Ne(e){if(typeof e==`string`)return e===`boot`?`login`:e;if(typeof e==`object`&&e){let[t,n]=Object.entries(e)[0]??[`login`,null];return t===`dashboard`?n===`all`?`dashboardAll`:`dashboard`:t}return`login`}var Pe=ie({types:{context:{},events:{},input:{}},actors:{startLogin:k(`startLogin`),pollLogin:k(`pollLogin`),verifyLogin:k(`verifyLogin`),register:k(`register`),verifyEmail:k(`verifyEmail`),requestReset:k(`requestReset`),confirmReset:k(`confirmReset`),denyLogin:k(`denyLogin`),loadAccount:k(`loadAccount`),logout:k(`logout`)},delays:{pollInterval:2e3},guards:{linkIs:({context:e},t)=>e.link?.kind===t,hasSession:({context:e})=>e.session!==null,hasAttempt:({context:e})=>e.attempt!==null},actions:{clearMessages:e({notice:null,failure:null}),notify:e({notice:(e,t)=>t}),forgetSession:e({session:null,account:null}),forgetAttempt:e({attempt:null}),forgetLink:e({link:null}),rememberEmail:e({email:({context:e,event:t})=>`email`in t&&typeof t.email==`string`?t.email.trim():e.email})}}).createMachine({id:`space`,context:({input:e})=>({email:e.email??``,order:e.order??null,link:e.link??null,attempt:e.attempt??null,session:e.session??null,account:null,notice:null,failure:null}),initial:`boot`,states:{boot:{always:[{guard:{type:`linkIs`,params:`verify`},target:`verifyingEmail`},{guard:{type:`linkIs`,params:`login`},target:`verifyingLink`},{guard:{type:`linkIs`,params:`reset`},target:`resetPassword`},{guard:{type:`linkIs`,params:`deny`},target:`denyLogin`},{guard:`hasSession`,target:`dashboard`},{guard:`hasAttempt`,target:`awaitingLink`},{target:`login`}]},login:{initial:`idle`,exit:`clearMessages`,on:{"space.showRegister":`register`,"space.showForgot":`forgotPassword`},states:{idle:{on:{"space.login":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`startLogin`,input:({event:e})=>e.type===`space.login`?{email:e.email,password:e.password}:{email:``,password:``},onDone:{target:`#space.awaitingLink`,actions:e({attempt:({event:e})=>e.output})},onError:{target:`idle`,actions:e({failure:({event:e})=>A(e.error)})}}}}},awaitingLink:{initial:`polling`,exit:`clearMessages`,on:{"space.showLogin":{target:`login`,actions:`forgetAttempt`}},states:{polling:{invoke:{src:`pollLogin`,input:({context:e})=>({loginAttemptId:e.attempt?.loginAttemptId??``}),onDone:[{guard:({event:e})=>Me(e.output),target:`#space.dashboard`,actions:[e({session:({event:e})=>e.output}),`forgetAttempt`]},{target:`waiting`}],onError:[{guard:({event:e})=>A(e.error).status===404,target:`#space.login`,actions:[`forgetAttempt`,{type:`notify`,params:`loginExpired`}]},{guard:({event:e})=>A(e.error).status===403,target:`#space.login`,actions:[`forgetAttempt`,{type:`notify`,params:`loginDenied`}]},{target:`waiting`}]}},waiting:{after:{pollInterval:`polling`}}}},verifyingLink:{tags:`busy`,exit:`forgetLink`,invoke:{src:`verifyLogin`,input:({context:e})=>({token:e.link?.token??``,loginAttemptId:e.attempt?.loginAttemptId??null}),onDone:[{guard:({event:e})=>Me(e.output),target:`dashboard`,actions:[e({session:({event:e})=>e.output}),`forgetAttempt`]},{target:`approved`}],onError:{target:`linkInvalid`,actions:e({failure:({event:e})=>A(e.error)})}}},approved:{on:{"space.showLogin":`login`}},linkInvalid:{exit:`clearMessages`,on:{"space.showLogin":`login`}},register:{initial:`idle`,exit:`clearMessages`,on:{"space.showLogin":`login`},states:{idle:{on:{"space.register":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`register`,input:({event:e})=>e.type===`space.register`?{email:e.email,password:e.password}:{email:``,password:``},onDone:`#space.registered`,onError:{target:`idle`,actions:e({failure:({event:e})=>A(e.error)})}}}}},registered:{on:{"space.showLogin":`login`}},verifyingEmail:{tags:`busy`,exit:`forgetLink`,invoke:{src:`verifyEmail`,input:({context:e})=>({token:e.link?.token??``}),onDone:{target:`login`,actions:{type:`notify`,params:`emailVerified`}},onError:{target:`login`,actions:{type:`notify`,params:`verifyLinkInvalid`}}}},forgotPassword:{initial:`idle`,exit:`clearMessages`,on:{"space.showLogin":`login`},states:{idle:{on:{"space.requestReset":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`requestReset`,input:({event:e})=>({email:e.type===`space.requestReset`?e.email:``}),onDone:`#space.resetRequested`,onError:{target:`idle`,actions:e({failure:({event:e})=>A(e.error)})}}}}},resetRequested:{on:{"space.showLogin":`login`}},resetPassword:{initial:`idle`,exit:[`clearMessages`,`forgetLink`],on:{"space.showLogin":`login`,"space.showForgot":`forgotPassword`},states:{idle:{on:{"space.confirmReset":{target:`submitting`,actions:`clearMessages`}}},submitting:{tags:`busy`,invoke:{src:`confirmReset`,input:({context:e,event:t})=>({token:e.link?.token??``,password:t.type===`space.confirmReset`?t.password:``}),onDone:{target:`#space.login`,actions:[`forgetSession`,`forgetAttempt`,{type:`notify`,params:`passwordChanged`}]},onError:{target:`idle`,actions:e({failure:({event:e})=>A(e.error)})}}}}},denyLogin:{initial:`idle`,exit:[`clearMessages`,`forgetLink`],on:{"space.showLogin":`login`},states:{idle:{on:{"space.confirmDeny":{target:`submitting`,actions:`clearMessages`}}},submitting:{tags:`busy`,invoke:{src:`denyLogin`,input:({context:e})=>({token:e.link?.token??``}),onDone:`#space.loginDenied`,onError:{target:`idle`,actions:e({failure:({event:e})=>A(e.error)})}}}}},loginDenied:{on:{"space.showLogin":`login`,"space.showForgot":`forgotPassword`}},dashboard:{initial:`overview`,invoke:{src:`loadAccount`,input:({context:e})=>({accessToken:e.session?.accessToken??``}),onDone:{actions:e({account:({event:e})=>e.output})},onError:{guard:({event:e})=>A(e.error).status===401,target:`login`,actions:[`forgetSession`,{type:`notify`,params:`sessionExpired`}]}},on:{"space.logout":`loggingOut`,"space.sessionExpired":{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`sessionExpired`}]}},states:{overview:{on:{"space.showAll":`all`}},all:{on:{"space.showOverview":`overview`}}}},loggingOut:{tags:`busy`,invoke:{src:`logout`,input:({context:e})=>({accessToken:e.session?.accessToken??``}),onDone:{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`loggedOut`}]},onError:{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`loggedOut`}]}}}}}),Fe={fr:{"space.title":`Espace client {name}`,"space.language":`Langue`,"space.loading":`Chargement…`,"space.required":`Les champs marqués d’un * sont obligatoires.`,"space.errors":`{n} champ(s) à corriger. {first}`,"space.network":`Le service est momentanément injoignable. Vérifiez votre connexion puis réessayez.`,"space.failed":`La demande n’a pas abouti. Réessayez dans un instant.`,"space.throttled":`Trop de tentatives… réessayez dans {n} s.`,"space.backToLogin":`Retour à la connexion`,"space.toLogin":`Se connecter`,"field.email":`Courriel`,"field.password":`Mot de passe`,"field.newPassword":`Nouveau mot de passe`,"password.show":`Afficher le mot de passe`,"login.heading":`Connexion`,"login.intro":`Connectez-vous pour suivre vos commandes et compléter vos dossiers de certificats.`,"login.secondFactor":`La connexion se fait par un second facteur qui est un lien reçu par mail : après votre mot de passe, cliquez sur le lien de l’e-mail que nous vous envoyons.`,"login.order":`Commande {order} : pour la compléter, créez votre compte (S’enregistrer) avec l’adresse e-mail renseignée lors de la commande, ou connectez-vous si vous en avez déjà un.`,"login.forgot":`Mot de passe oublié ?`,"login.submit":`Connexion`,"login.submitting":`Connexion…`,"login.or":`OU`,"login.register":`S’enregistrer`,"login.invalid":`Le courriel ou le mot de passe est incorrect. Vous venez de créer votre compte ? Confirmez d’abord votre adresse avec le lien reçu par e-mail : si le mot de passe est le bon, il vous est renvoyé.`,"login.unverified":`Votre adresse e-mail n’est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation. Ouvrez-le, puis connectez-vous.`,"notice.emailVerified":`Adresse confirmée, vous pouvez vous connecter.`,"notice.verifyLinkInvalid":`Ce lien de confirmation n’est plus valable (déjà utilisé ou expiré). Connectez-vous : si votre adresse n’est pas encore confirmée, un nouveau lien vous sera envoyé.`,"notice.sessionExpired":`Votre session a expiré. Reconnectez-vous.`,"notice.loginExpired":`Le lien de connexion a expiré. Connectez-vous à nouveau.`,"notice.passwordChanged":`Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.`,"notice.loggedOut":`Vous êtes déconnecté.`,"await.heading":`Vérifiez votre boîte mail`,"await.sent":`Un lien de connexion vient d’être envoyé à {email}.`,"await.explain":`Cliquez sur le lien présent dans le mail pour vous connecter à votre espace. Vous pouvez l’ouvrir sur cet appareil ou sur un autre : cette fenêtre se connectera d’elle-même.`,"await.until":`Le lien est valable jusqu’à {time} et ne sert qu’une fois.`,"await.waiting":`En attente de l’ouverture du lien…`,"await.spam":`Rien reçu ? Vérifiez vos courriers indésirables, ou reconnectez-vous pour recevoir un nouveau lien.`,"verifying.login":`Connexion en cours…`,"verifying.email":`Confirmation de votre adresse e-mail…`,"approved.heading":`Connexion approuvée`,"approved.text":`Connexion approuvée : retournez dans la fenêtre où vous avez saisi votre mot de passe, elle se connecte d’elle-même.`,"approved.close":`Vous pouvez fermer cette fenêtre.`,"approved.here":`Se connecter dans cette fenêtre`,"linkInvalid.heading":`Lien invalide ou expiré`,"linkInvalid.text":`Ce lien de connexion n’est plus valable : il a déjà servi ou il a expiré (15 minutes).`,"linkInvalid.again":`Connectez-vous à nouveau pour recevoir un nouveau lien.`,"register.heading":`S’enregistrer`,"register.intro":`Pour compléter votre commande, créez votre compte avec l’adresse e-mail renseignée lors de la prise de commande.`,"register.emailHelp":`Indiquez l’adresse e-mail utilisée pour la commande : c’est elle qui relie votre compte à vos dossiers.`,"register.passwordHelp":`Au moins 8 caractères. Une phrase facile à retenir fait un bon mot de passe.`,"register.submit":`S’enregistrer`,"register.submitting":`Enregistrement…`,"register.haveAccount":`Déjà un compte ?`,"registered.heading":`Confirmez votre adresse`,"registered.text":`Si cette adresse a passé commande, vous allez recevoir un e-mail pour confirmer votre compte.`,"registered.next":`Cliquez sur le lien de cet e-mail, puis connectez-vous.`,"forgot.heading":`Mot de passe oublié`,"forgot.intro":`Indiquez le courriel de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.`,"forgot.submit":`Envoyer le lien`,"forgot.submitting":`Envoi…`,"resetRequested.heading":`Vérifiez votre boîte mail`,"resetRequested.text":`Si un compte existe pour cette adresse, vous allez recevoir un e-mail pour choisir un nouveau mot de passe.`,"resetRequested.next":`Le lien est valable 30 minutes et ne sert qu’une fois.`,"reset.heading":`Nouveau mot de passe`,"reset.intro":`Choisissez le nouveau mot de passe de votre compte.`,"reset.submit":`Enregistrer le mot de passe`,"reset.submitting":`Enregistrement…`,"reset.newLink":`Demander un nouveau lien`,"account.label":`Votre compte`,"account.email":`Connecté : {email}`,"account.logout":`Se déconnecter`,"dashboard.heading":`Tableau de bord`,"dossiers.heading":`Vos demandes de certificats à compléter`,"dossiers.all":`Voir tout`,"dossiers.product":`Nom produit`,"dossiers.status":`Statut`,"dossiers.action":`Action`,"dossiers.row":`{product} — {reference} du {date}`,"dossiers.open":`Compléter le dossier {reference} n°{n}`,"dossiers.empty":`Aucune demande de certificat pour le moment.`,"dossiers.emptyFilter":`Aucune demande avec ce statut.`,"dossiers.loading":`Chargement des demandes…`,"dossiers.failed":`La liste n’a pas pu être chargée.`,"dossiers.retry":`Réessayer`,"dossiers.allHeading":`Toutes vos demandes de certificats`,"dossiers.filter":`Statut`,"dossiers.filterAll":`Tous les statuts`,"dossiers.more":`Afficher plus`,"dossiers.shown":`{n} demande(s) affichée(s).`,"dossiers.back":`← Tableau de bord`,"certificates.heading":`Prochaines échéances des certificats`,"certificates.identity":`Identité`,"certificates.beneficiary":`Bénéficiaire`,"certificates.status":`Statut`,"certificates.expiry":`Expiration`,"certificates.empty":`PAS DE DONNÉES`,"dossier.back":`← Retour au tableau de bord`,"notice.loginDenied":`Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous.`,"deny.heading":`Ce n’était pas vous ?`,"deny.intro":`Vous avez ouvert le lien « Ce n’était pas moi » d’un e-mail de connexion. Confirmez pour annuler cette tentative de connexion : son lien ne fonctionnera plus, et la fenêtre qui l’attend en sera avertie.`,"deny.keep":`Si c’était bien vous, ne faites rien : revenez simplement à la connexion.`,"deny.submit":`Oui, annuler cette connexion`,"deny.submitting":`Annulation…`,"deny.invalid":`Ce lien n’est plus valable : la connexion a déjà été annulée, ou le lien a expiré (7 jours).`,"denied.heading":`Connexion annulée`,"denied.text":`La tentative de connexion est annulée : son lien ne fonctionne plus, et si elle avait ouvert une session, celle-ci est fermée.`,"denied.advice":`Quelqu’un connaît votre mot de passe : changez-le dès maintenant avec « Mot de passe oublié ». Ne cliquez jamais sur un lien de connexion que vous n’avez pas demandé.`,"denied.change":`Changer mon mot de passe`},en:{"space.title":`{name} client space`,"space.language":`Language`,"space.loading":`Loading…`,"space.required":`Fields marked with * are required.`,"space.errors":`{n} field(s) to correct. {first}`,"space.network":`The service cannot be reached right now. Check your connection and try again.`,"space.failed":`The request did not go through. Try again in a moment.`,"space.throttled":`Too many attempts… try again in {n} s.`,"space.backToLogin":`Back to log in`,"space.toLogin":`Log in`,"field.email":`E-mail`,"field.password":`Password`,"field.newPassword":`New password`,"password.show":`Show the password`,"login.heading":`Log in`,"login.intro":`Log in to follow your orders and complete your certificate dossiers.`,"login.secondFactor":`Logging in takes a second factor, a link received by e-mail: after your password, follow the link in the e-mail we send you.`,"login.order":`Order {order}: to complete it, create your account (Register) with the e-mail address given when ordering, or log in if you already have one.`,"login.forgot":`Forgot your password?`,"login.submit":`Log in`,"login.submitting":`Logging in…`,"login.or":`OR`,"login.register":`Register`,"login.invalid":`The e-mail or the password is wrong. Just created your account? First confirm your address with the link we e-mailed: if the password is right, it is sent again.`,"login.unverified":`Your e-mail address is not confirmed yet: we have just sent the confirmation link again. Open it, then log in.`,"notice.emailVerified":`Address confirmed, you can log in.`,"notice.verifyLinkInvalid":`This confirmation link is no longer valid (already used or expired). Log in: if your address is not confirmed yet, a new link will be sent to you.`,"notice.sessionExpired":`Your session has expired. Please log in again.`,"notice.loginExpired":`The login link has expired. Please log in again.`,"notice.passwordChanged":`Your password has been changed. Log in with the new password.`,"notice.loggedOut":`You are logged out.`,"await.heading":`Check your mailbox`,"await.sent":`A login link has just been sent to {email}.`,"await.explain":`Follow the link in the e-mail to log in to your space. You may open it on this device or another one: this window will log in by itself.`,"await.until":`The link is valid until {time} and works once.`,"await.waiting":`Waiting for the link to be opened…`,"await.spam":`Nothing received? Check your spam folder, or log in again to get a new link.`,"verifying.login":`Logging in…`,"verifying.email":`Confirming your e-mail address…`,"approved.heading":`Login approved`,"approved.text":`Login approved: go back to the window where you typed your password, it logs in by itself.`,"approved.close":`You may close this window.`,"approved.here":`Log in in this window`,"linkInvalid.heading":`Invalid or expired link`,"linkInvalid.text":`This login link is no longer valid: it was already used or it has expired (15 minutes).`,"linkInvalid.again":`Log in again to receive a new link.`,"register.heading":`Register`,"register.intro":`To complete your order, create your account with the e-mail address given when ordering.`,"register.emailHelp":`Enter the e-mail address used for the order: it links your account to your dossiers.`,"register.passwordHelp":`At least 8 characters. An easy-to-remember phrase makes a good password.`,"register.submit":`Register`,"register.submitting":`Registering…`,"register.haveAccount":`Already have an account?`,"registered.heading":`Confirm your address`,"registered.text":`If this address placed an order, you will receive an e-mail to confirm your account.`,"registered.next":`Follow the link in that e-mail, then log in.`,"forgot.heading":`Forgotten password`,"forgot.intro":`Enter your account’s e-mail: we will send you a link to choose a new password.`,"forgot.submit":`Send the link`,"forgot.submitting":`Sending…`,"resetRequested.heading":`Check your mailbox`,"resetRequested.text":`If an account exists for this address, you will receive an e-mail to choose a new password.`,"resetRequested.next":`The link is valid for 30 minutes and works once.`,"reset.heading":`New password`,"reset.intro":`Choose the new password of your account.`,"reset.submit":`Save the password`,"reset.submitting":`Saving…`,"reset.newLink":`Ask for a new link`,"account.label":`Your account`,"account.email":`Logged in: {email}`,"account.logout":`Log out`,"dashboard.heading":`Dashboard`,"dossiers.heading":`Your certificate requests to complete`,"dossiers.all":`See all`,"dossiers.product":`Product`,"dossiers.status":`Status`,"dossiers.action":`Action`,"dossiers.row":`{product} — {reference} of {date}`,"dossiers.open":`Complete dossier {reference} no. {n}`,"dossiers.empty":`No certificate request yet.`,"dossiers.emptyFilter":`No request with this status.`,"dossiers.loading":`Loading the requests…`,"dossiers.failed":`The list could not be loaded.`,"dossiers.retry":`Try again`,"dossiers.allHeading":`All your certificate requests`,"dossiers.filter":`Status`,"dossiers.filterAll":`All statuses`,"dossiers.more":`Show more`,"dossiers.shown":`{n} request(s) shown.`,"dossiers.back":`← Dashboard`,"certificates.heading":`Upcoming certificate expiries`,"certificates.identity":`Identity`,"certificates.beneficiary":`Beneficiary`,"certificates.status":`Status`,"certificates.expiry":`Expiry`,"certificates.empty":`NO DATA`,"dossier.back":`← Back to the dashboard`,"notice.loginDenied":`This login was cancelled with the e-mail’s “It was not me” link. If it was you, log in again.`,"deny.heading":`Was it not you?`,"deny.intro":`You opened the “It was not me” link of a login e-mail. Confirm to cancel this login attempt: its link will stop working, and the window waiting for it will be told.`,"deny.keep":`If it was you, do nothing: just go back to the login.`,"deny.submit":`Yes, cancel this login`,"deny.submitting":`Cancelling…`,"deny.invalid":`This link is no longer valid: the login was already cancelled, or the link expired (7 days).`,"denied.heading":`Login cancelled`,"denied.text":`The login attempt is cancelled: its link no longer works, and if it had opened a session, that session is closed.`,"denied.advice":`Someone knows your password: change it now with “Forgot password”. Never click a login link you did not ask for.`,"denied.change":`Change my password`}};function j(e,t,n={}){return Fe[e][t].replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):e)}var Ie=/* @__PURE__ */ new Map;function Le(e,t){let n=Ie.get(t);n||(n=new Intl.DateTimeFormat(t===`fr`?`fr-FR`:`en-GB`,{day:`2-digit`,month:`2-digit`,year:`numeric`,timeZone:`Europe/Paris`}),Ie.set(t,n));let r=new Date(e);return Number.isNaN(r.getTime())?e:n.format(r)}function Re(e,t){let n=new Date(e);return Number.isNaN(n.getTime())?e:new Intl.DateTimeFormat(t===`fr`?`fr-FR`:`en-GB`,{hour:`2-digit`,minute:`2-digit`}).format(n)}function ze(e,t,n){return Fe[e][t].split(/(\{\w+\})/).filter(e=>e!==``).map(e=>{let t=/^\{(\w+)\}$/.exec(e)?.[1];return t!==void 0&&t in n?n[t]:e})}var M=class extends b{constructor(...e){super(...e),this.name=``,this.label=``,this.value=``,this.required=!1,this.help=``,this.error=null,this.autocomplete=`current-password`,this.toggleLabel=`Afficher le mot de passe`,this.shown=!1}static{this.styles=[_,be,D`
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
    `]}static{this.shadowRootOptions={...b.shadowRootOptions,delegatesFocus:!0}}render(){let e=[this.help?`h`:``,this.error?`e`:``].join(` `).trim()||g;return C`
      <label for="c" part="label"
        >${this.label}${this.required?C`<span class="req" aria-hidden="true"> *</span>`:g}</label
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
          ${this.shown?Ve:Be}
        </button>
      </div>
      ${this.help?C`<p id="h" class="help" part="help">${this.help}</p>`:g}
      <p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
    `}onInput(e){this.value=e.target.value}onChange(){this.dispatchEvent(new Event(`change`,{bubbles:!0}))}};E([S({reflect:!0})],M.prototype,`name`,void 0),E([S()],M.prototype,`label`,void 0),E([S()],M.prototype,`value`,void 0),E([S({type:Boolean})],M.prototype,`required`,void 0),E([S()],M.prototype,`help`,void 0),E([S({reflect:!0})],M.prototype,`error`,void 0),E([S()],M.prototype,`autocomplete`,void 0),E([S({attribute:`toggle-label`})],M.prototype,`toggleLabel`,void 0),E([O()],M.prototype,`shown`,void 0),M=E([T(`certinomis-password-field`)],M);var Be=C`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z"/><circle cx="12" cy="12" r="3"/></svg>`,Ve=C`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M17.94 17.94A10.07 10.07 0 0 1 12 19c-7 0-11-7-11-7a18.45 18.45 0 0 1 5.06-5.94"/><path d="M9.9 4.24A9.12 9.12 0 0 1 12 4c7 0 11 8 11 8a18.5 18.5 0 0 1-2.16 3.19"/><path d="m1 1 22 22"/><path d="M14.12 14.12a3 3 0 1 1-4.24-4.24"/></svg>`,He=D`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  h2 {
    font-size: 1.35rem;
    margin: 0;
  }

  h3 {
    font-size: 1.1rem;
    margin: 0;
  }

  p {
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
`,N=class extends b{constructor(...e){super(...e),this.values={email:``,password:``},this.errors={},this.submitted=!1,this.touched=/* @__PURE__ */ new Set,this.prefilled=!1}static{this.styles=[_,He]}willUpdate(e){e.has(`view`)&&!this.prefilled&&this.view&&(this.prefilled=!0,this.values={...this.values,email:this.view.context.email})}t(e,t){return j(this.view.locale,e,t)}get failure(){return this.view.context.failure}check(e,t){let n=s(e,t),r={};for(let e of ye(n.issues??[],this.view.locale))(e.field===`email`||e.field===`password`)&&(r[e.field]??=e.message);return this.errors=Object.fromEntries(Object.entries(r).filter(([e])=>this.submitted||this.touched.has(e))),n.success}validate(){return!0}errorOf(e){return this.errors[e]??this.failure?.fields[e]??null}emailField(e={}){let t=this.errorOf(`email`);return C`<certinomis-field
      part="field"
      name="email"
      type="email"
      label=${this.t(`field.email`)}
      required
      .value=${this.values.email}
      help=${e.help??``}
      error=${t??g}
      autocomplete=${e.autocomplete??`email`}
      @input=${e=>this.edit(`email`,e.target.value)}
      @change=${()=>this.leave(`email`)}
    ></certinomis-field>`}passwordField(e={}){let t=this.errorOf(`password`);return C`<certinomis-password-field
      part="field"
      name="password"
      label=${e.label??this.t(`field.password`)}
      toggle-label=${this.t(`password.show`)}
      required
      .value=${this.values.password}
      help=${e.help??``}
      error=${t??g}
      autocomplete=${e.autocomplete??`current-password`}
      @input=${e=>this.edit(`password`,e.target.value)}
      @change=${()=>this.leave(`password`)}
    ></certinomis-password-field>`}edit(e,t){this.values={...this.values,[e]:t},(this.submitted||this.errors[e])&&this.validate()}leave(e){this.touched.add(e),this.validate()}form(e,t){return C`<form
      novalidate
      @submit=${e=>{e.preventDefault(),this.submit(t)}}
      @keydown=${e=>{let n=e.composedPath()[0];e.key===`Enter`&&n instanceof HTMLInputElement&&(e.preventDefault(),this.submit(t))}}
    >
      ${e}
    </form>`}async submit(e){if(this.view.busy)return;if(this.submitted=!0,this.validate()){e();return}await this.updateComplete;let t=Object.entries(this.errors),[n]=t;if(n){let e=this.t(n[0]===`email`?`field.email`:`field.password`);this.view.announce(this.t(`space.errors`,{n:t.length,first:`${e} : ${n[1]}`}))}await this.focusFirstError()}renderFailure(e={}){let t=this.failure;if(!t)return g;let n=e[t.status];if(Object.keys(t.fields).length>0){let e=Object.entries(t.fields).filter(([e])=>e!==`email`&&e!==`password`);if(e.length===0)return g;n=e.map(([,e])=>e).join(` `)}else t.status===429?n=this.t(`space.throttled`,{n:t.retryAfter??60}):n===void 0&&(n=t.status===0?this.t(`space.network`):t.message??this.t(`space.failed`));return C`<p class="alert" role="alert">${n}</p>`}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`[error]`);return e?.focus(),e!==null}};E([S({attribute:!1})],N.prototype,`view`,void 0),E([O()],N.prototype,`values`,void 0),E([O()],N.prototype,`errors`,void 0),E([O()],N.prototype,`submitted`,void 0);var Ue=class extends N{render(){let{context:e,locale:t,send:n}=this.view,r=e.email,i=e.attempt?.expiresAt;return C`
      <h2 tabindex="-1">${this.t(`await.heading`)}</h2>
      ${r?C`<p>
              ${ze(t,`await.sent`,{email:C`<strong class="address">${r}</strong>`})}
            </p>`:g}
      <p>${this.t(`await.explain`)}</p>
      ${i?C`<p class="help">${this.t(`await.until`,{time:Re(i,t)})}</p>`:g}
      <p class="waiting" role="status">
        <span class="spinner" aria-hidden="true"></span>${this.t(`await.waiting`)}
      </p>
      <p class="help">${this.t(`await.spam`)}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${()=>n({type:`space.showLogin`})}>
          ${this.t(`space.backToLogin`)}
        </button>
      </div>
    `}};Ue=E([T(`certinomis-space-awaiting-link`)],Ue);var We=D`
  :host {
    display: block;
    container-type: inline-size;
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
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

  @container (max-width: 24rem) {
    .frame {
      padding: calc(var(--_space) * 0.5);
    }
  }
`,Ge=C`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20h9"/><path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>`;function Ke(e,t,n,r){let{locale:i}=e,a=/* @__PURE__ */ new Map;return C`<div class="scroll">
    <table>
      <caption class="visually-hidden">${r}</caption>
      <thead>
        <tr>
          <th scope="col">${j(i,`dossiers.product`)}</th>
          <th scope="col">${j(i,`dossiers.status`)}</th>
          <th scope="col"><span class="visually-hidden">${j(i,`dossiers.action`)}</span></th>
        </tr>
      </thead>
      <tbody>
        ${t.length===0?C`<tr><td class="empty" colspan="3">${n}</td></tr>`:t.map(t=>{let n=(a.get(t.orderReference)??0)+1;return a.set(t.orderReference,n),C`<tr data-dossier=${t.id}>
                  <td>
                    ${ze(i,`dossiers.row`,{product:C`<span class="product">${t.productLabel}</span>`,reference:C`<span class="mono">${t.orderReference}</span>`,date:Le(t.orderDate,i)})}
                  </td>
                  <td><span class="badge ${t.status}">${t.statusLabel}</span></td>
                  <td>
                    <button
                      type="button"
                      class="icon-button pen"
                      part="dossier-button"
                      aria-label=${j(i,`dossiers.open`,{reference:t.orderReference,n})}
                      @click=${()=>e.openDossier(t.id)}
                    >
                      ${Ge}
                    </button>
                  </td>
                </tr>`})}
      </tbody>
    </table>
  </div>`}var qe=class extends Error{constructor(e){super(e.message??`HTTP ${e.status}`),this.failure=e,this.name=`SpaceRequestError`}};function Je(e){return e instanceof qe?e.failure:{status:0,message:null,fields:{},retryAfter:null}}var Ye=class{constructor(e){this.options=e}startLogin(e,t){return this.call(`POST`,`/v1/auth/login`,e,t)}pollLogin(e,t){return this.call(`GET`,`/v1/auth/login/${encodeURIComponent(e)}`,void 0,t)}verifyLogin(e,t,n){return this.call(`POST`,`/v1/auth/verify`,t?{token:e,loginAttemptId:t}:{token:e},n)}async register(e,t){await this.call(`POST`,`/v1/auth/register`,{...e,locale:this.options.locale},t)}async verifyEmail(e,t){await this.call(`POST`,`/v1/auth/verify-email`,{token:e},t)}async requestReset(e,t){await this.call(`POST`,`/v1/auth/password-reset`,{email:e,locale:this.options.locale},t)}async denyLogin(e,t){await this.call(`POST`,`/v1/auth/login/deny`,{token:e},t)}async confirmReset(e,t,n){await this.call(`POST`,`/v1/auth/password-reset/confirm`,{token:e,password:t},n)}async logout(e,t){await this.call(`POST`,`/v1/auth/logout`,void 0,t,e)}me(e,t){return this.call(`GET`,`/v1/me`,void 0,t,e)}dossiers(e,t,n){let r=new URLSearchParams;t.status&&r.set(`status`,t.status),t.cursor&&r.set(`cursor`,t.cursor),t.limit&&r.set(`limit`,String(t.limit));let i=r.toString()?`?${r}`:``;return this.call(`GET`,`/v1/me/dossiers${i}`,void 0,n,e)}certificates(e,t){return this.call(`GET`,`/v1/me/certificates`,void 0,t,e)}async call(e,t,n,r,i){let a=null,o=new Ce({baseUrl:this.options.baseUrl,partnerKey:this.options.partnerKey,locale:this.options.locale,fetch:async(e,t)=>{let n=await fetch(e,t),r=Number(n.headers.get(`Retry-After`)??NaN);return a=Number.isFinite(r)?Math.max(1,Math.ceil(r)):null,n.status===204?new Response(`null`,{status:200,headers:{"Content-Type":`application/json`}}):n}});try{return await o.request(e,t,n,r,i?{Authorization:`Bearer ${i}`}:{})}catch(e){if(r?.aborted)throw e;let t=e instanceof x?{status:e.status,message:e.problem?.detail??e.problem?.title??null,fields:Object.fromEntries((e.problem?.errors??[]).map(e=>[e.field,e.message])),retryAfter:a}:{status:0,message:null,fields:{},retryAfter:null};throw(t.status===0||t.status>=500)&&this.options.onTrouble?.(t),new qe(t)}}},P=class extends N{constructor(...e){super(...e),this.dossiers={state:`loading`},this.certificates={state:`loading`},this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load())}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(){let e=this.view.session;if(!e)return;this.abort?.abort();let t=new AbortController;this.abort=t;let{api:n,send:r}=this.view,i=async e=>{try{return{state:`ready`,value:await e}}catch(e){return!t.signal.aborted&&Je(e).status===401&&r({type:`space.sessionExpired`}),{state:`error`}}},[a,o]=await Promise.all([i(n.dossiers(e.accessToken,{limit:5},t.signal)),i(n.certificates(e.accessToken,t.signal))]);t.signal.aborted||(this.dossiers=a,this.certificates=o)}render(){return C`
      <h2 tabindex="-1">${this.t(`dashboard.heading`)}</h2>
      <div class="panels">
        <section aria-labelledby="dossiers-title">
          <div class="section-head">
            <h3 id="dossiers-title">${this.t(`dossiers.heading`)}</h3>
            ${this.dossiers.state===`ready`&&this.dossiers.value.items.length>0?C`<button
                    type="button"
                    class="link all"
                    aria-describedby="dossiers-title"
                    @click=${()=>this.view.send({type:`space.showAll`})}
                  >
                    ${this.t(`dossiers.all`)} <span aria-hidden="true">&gt;</span>
                  </button>`:g}
          </div>
          ${this.renderDossiers()}
        </section>
        <section aria-labelledby="certificates-title">
          <h3 id="certificates-title">${this.t(`certificates.heading`)}</h3>
          ${this.renderCertificates()}
        </section>
      </div>
    `}renderDossiers(){let{dossiers:e}=this;return e.state===`loading`?C`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:e.state===`error`?this.renderLoadError():Ke(this.view,e.value.items,this.t(`dossiers.empty`),this.t(`dossiers.heading`))}renderCertificates(){let{certificates:e}=this;if(e.state===`loading`)return g;if(e.state===`error`)return this.renderLoadError();let{locale:t}=this.view,n=e.value.items;return C`<div class="scroll">
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
          ${n.length===0?C`<tr><td class="empty" colspan="4">${this.t(`certificates.empty`)}</td></tr>`:n.map(e=>C`<tr>
                    <td>${e.identity??`—`}</td>
                    <td>${e.beneficiary??`—`}</td>
                    <td><span class="badge ${e.status}">${e.statusLabel}</span></td>
                    <td>${e.expiresAt?Le(e.expiresAt,t):`—`}</td>
                  </tr>`)}
        </tbody>
      </table>
    </div>`}renderLoadError(){return C`<div class="alert" role="alert">
      <p>${this.t(`dossiers.failed`)}</p>
      <button type="button" class="secondary" @click=${()=>this.load()}>
        ${this.t(`dossiers.retry`)}
      </button>
    </div>`}};E([O()],P.prototype,`dossiers`,void 0),E([O()],P.prototype,`certificates`,void 0),P=E([T(`certinomis-space-dashboard`)],P);var Xe=class extends N{constructor(...e){super(...e),this.denied=!1}render(){let{busy:e,send:t}=this.view;if(this.denied)return C`
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
      `;let n=this.failure?.status===400;return C`
      <h2 tabindex="-1">${this.t(`deny.heading`)}</h2>
      <p class="intro">${this.t(`deny.intro`)}</p>
      <p>${this.t(`deny.keep`)}</p>
      ${n?C`<p class="alert" role="alert">${this.t(`deny.invalid`)}</p>`:this.renderFailure()}
      <div class="actions">
        ${n?g:C`<button
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
    `}};E([S({type:Boolean})],Xe.prototype,`denied`,void 0),Xe=E([T(`certinomis-space-deny-login`)],Xe);var Ze=[`to_complete`,`to_sign`,`awaiting_paper`,`in_review`,`awaiting_payment`,`issued`,`shipped`,`at_post_office`,`refused`,`cancelled`],F=class extends N{constructor(...e){super(...e),this.rows=[],this.cursor=null,this.status=``,this.loading=!0,this.failed=!1,this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load(!1))}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(e){let t=this.view.session;if(!t)return;this.abort?.abort();let n=new AbortController;this.abort=n,this.loading=!0,this.failed=!1;try{let r=await this.view.api.dossiers(t.accessToken,{status:this.status||null,cursor:e?this.cursor:null,limit:20},n.signal);if(n.signal.aborted)return;this.rows=e?[...this.rows,...r.items]:r.items,this.cursor=r.nextCursor,this.loading=!1,this.view.announce(this.t(`dossiers.shown`,{n:this.rows.length}))}catch(e){if(n.signal.aborted)return;if(this.loading=!1,Je(e).status===401){this.view.send({type:`space.sessionExpired`});return}this.failed=!0}}filterOptions(){let{locale:e}=this.view;return[{value:``,label:this.t(`dossiers.filterAll`)},...Ze.map(t=>({value:t,label:h(e,`status.${t}`)}))]}render(){let{send:e}=this.view,t=this.loading&&this.rows.length===0;return C`
      <div class="actions">
        <button type="button" class="link" @click=${()=>e({type:`space.showOverview`})}>
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
      ${t?C`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:Ke(this.view,this.rows,this.t(this.status?`dossiers.emptyFilter`:`dossiers.empty`),this.t(`dossiers.allHeading`))}
      ${this.failed?C`<div class="alert" role="alert">
              <p>${this.t(`dossiers.failed`)}</p>
              <button
                type="button"
                class="secondary"
                @click=${()=>this.load(this.rows.length>0)}
              >
                ${this.t(`dossiers.retry`)}
              </button>
            </div>`:g}
      ${this.cursor&&!t?C`<button
              type="button"
              class="secondary more"
              ?disabled=${this.loading}
              aria-busy=${this.loading?`true`:`false`}
              @click=${()=>this.load(!0)}
            >
              ${this.t(`dossiers.more`)}
            </button>`:g}
    `}};E([O()],F.prototype,`rows`,void 0),E([O()],F.prototype,`cursor`,void 0),E([O()],F.prototype,`status`,void 0),E([O()],F.prototype,`loading`,void 0),E([O()],F.prototype,`failed`,void 0),F=E([T(`certinomis-space-dossiers`)],F);var Qe=new Set(`password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword 12345678
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
autumn2024 summer2025 winter2025 summer2026 winter2026 janvier2026 novembre2026 decembre2026`.split(/\s+/));function $e(e,t){let n=e.trim().toLowerCase();if(Qe.has(n)||/^(.)\1+$/.test(n)||`01234567890123456789`.includes(n)||`98765432109876543210`.includes(n))return!0;if(t){let e=t.trim().toLowerCase(),r=e.split(`@`)[0]??``;if(n===e||r.length>=4&&n===r)return!0}return!1}var et=c(d(`validation.required`),Oe(),l(`validation.required`),o(8,`validation.password_too_short`),re(256,`validation.password_too_long`),t(e=>!$e(e),`validation.password_common`)),tt=c(d(`validation.required`),l(`validation.required`),re(256,`validation.password_too_long`)),I=c(d(`validation.token`),u(),ce(/^[A-Za-z0-9_-]{20,128}$/,`validation.token`)),nt=je(m([`fr`,`en`],`validation.locale`),`fr`),rt=c(p({email:Ae,password:et,locale:nt}),ve(n([[`email`],[`password`]],e=>!$e(e.password,e.email),`validation.password_common`),[`password`])),it=p({email:Ae,password:tt});p({token:I,loginAttemptId:je(I)}),p({token:I}),p({token:I});var at=p({email:Ae,locale:nt});p({token:I,password:et});var ot=class extends N{validate(){return this.check(at,{email:this.values.email})}render(){let{busy:e,send:t}=this.view;return C`
      <h2 tabindex="-1">${this.t(`forgot.heading`)}</h2>
      <p class="intro">${this.t(`forgot.intro`)}</p>
      <p class="help">${this.t(`space.required`)}</p>
      ${this.form(C`
          ${this.renderFailure()} ${this.emailField({autocomplete:`username`})}
          <button
            type="submit"
            class="primary"
            part="submit"
            ?disabled=${e}
            aria-busy=${e?`true`:`false`}
          >
            ${this.t(e?`forgot.submitting`:`forgot.submit`)}
          </button>
        `,()=>t({type:`space.requestReset`,email:this.values.email.trim()}))}
      <div class="actions">
        <button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
          ${this.t(`space.backToLogin`)}
        </button>
      </div>
    `}};ot=E([T(`certinomis-space-forgot-password`)],ot);var st={emailVerified:`notice.emailVerified`,verifyLinkInvalid:`notice.verifyLinkInvalid`,sessionExpired:`notice.sessionExpired`,loginExpired:`notice.loginExpired`,passwordChanged:`notice.passwordChanged`,loggedOut:`notice.loggedOut`,loginDenied:`notice.loginDenied`},ct=class extends N{validate(){return this.check(it,this.values)}render(){let{context:e,busy:t,send:n}=this.view,{notice:r,order:i}=e;return C`
      <h2 tabindex="-1">${this.t(`login.heading`)}</h2>
      ${r?C`<p class="notice" role="status">${this.t(st[r])}</p>`:g}
      ${i?C`<p class="notice">${this.t(`login.order`,{order:i})}</p>`:g}
      <p class="intro">${this.t(`login.secondFactor`)}</p>
      <p class="help">${this.t(`space.required`)}</p>
      ${this.form(C`
          ${this.renderFailure({401:this.t(`login.invalid`),403:this.t(`login.unverified`)})}
          ${this.emailField({autocomplete:`username`})} ${this.passwordField()}
          <div class="actions">
            <button type="button" class="link" @click=${()=>n({type:`space.showForgot`})}>
              ${this.t(`login.forgot`)}
            </button>
          </div>
          <button
            type="submit"
            class="primary"
            part="submit"
            ?disabled=${t}
            aria-busy=${t?`true`:`false`}
          >
            ${this.t(t?`login.submitting`:`login.submit`)}
          </button>
        `,()=>n({type:`space.login`,email:this.values.email.trim(),password:this.values.password}))}
      <p class="or">${this.t(`login.or`)}</p>
      <div class="register">
        <button type="button" class="secondary" @click=${()=>n({type:`space.showRegister`})}>
          ${this.t(`login.register`)}
        </button>
      </div>
    `}};ct=E([T(`certinomis-space-login`)],ct);var lt={verifyingLink:{heading:`login.heading`,lines:[`verifying.login`],busy:!0},verifyingEmail:{heading:`registered.heading`,lines:[`verifying.email`],busy:!0},loggingOut:{heading:`account.logout`,lines:[`space.loading`],busy:!0},approved:{heading:`approved.heading`,lines:[`approved.text`,`approved.close`],action:`approved.here`},linkInvalid:{heading:`linkInvalid.heading`,lines:[`linkInvalid.text`,`linkInvalid.again`],action:`space.toLogin`},registered:{heading:`registered.heading`,lines:[`registered.text`,`registered.next`],action:`space.backToLogin`},resetRequested:{heading:`resetRequested.heading`,lines:[`resetRequested.text`,`resetRequested.next`],action:`space.backToLogin`}},ut=class extends N{constructor(...e){super(...e),this.kind=`registered`}render(){let e=lt[this.kind];return this.kind===`linkInvalid`&&this.failure?.status===0&&(e={...e,lines:[`space.network`,`linkInvalid.again`]}),C`
      <h2 tabindex="-1">${this.t(e.heading)}</h2>
      ${e.lines.map((t,n)=>e.busy&&n===0?C`<p class="waiting" role="status">
              <span class="spinner" aria-hidden="true"></span>${this.t(t)}
            </p>`:C`<p>${this.t(t)}</p>`)}
      ${e.action?C`<div class="actions">
              <button
                type="button"
                class="primary"
                @click=${()=>this.view.send({type:`space.showLogin`})}
              >
                ${this.t(e.action)}
              </button>
            </div>`:g}
    `}};E([S()],ut.prototype,`kind`,void 0),ut=E([T(`certinomis-space-message`)],ut);var dt=class extends N{validate(){return this.check(rt,{...this.values,locale:this.view.locale})}render(){let{busy:e,send:t}=this.view;return C`
      <h2 tabindex="-1">${this.t(`register.heading`)}</h2>
      <p class="intro">${this.t(`register.intro`)}</p>
      <p class="help">${this.t(`space.required`)}</p>
      ${this.form(C`
          ${this.renderFailure()}
          ${this.emailField({help:this.t(`register.emailHelp`)})}
          ${this.passwordField({help:this.t(`register.passwordHelp`),autocomplete:`new-password`})}
          <button
            type="submit"
            class="primary"
            part="submit"
            ?disabled=${e}
            aria-busy=${e?`true`:`false`}
          >
            ${this.t(e?`register.submitting`:`register.submit`)}
          </button>
        `,()=>t({type:`space.register`,email:this.values.email.trim(),password:this.values.password}))}
      <p class="actions">
        ${this.t(`register.haveAccount`)}
        <button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
          ${this.t(`space.toLogin`)}
        </button>
      </p>
    `}};dt=E([T(`certinomis-space-register`)],dt);var ft=p({password:et}),pt=class extends N{validate(){return this.check(ft,{password:this.values.password})}render(){let{busy:e,send:t}=this.view,n=this.failure?.status===400;return C`
      <h2 tabindex="-1">${this.t(`reset.heading`)}</h2>
      <p class="intro">${this.t(`reset.intro`)}</p>
      <p class="help">${this.t(`space.required`)}</p>
      ${this.form(C`
          ${this.renderFailure()}
          ${this.passwordField({label:this.t(`field.newPassword`),help:this.t(`register.passwordHelp`),autocomplete:`new-password`})}
          <button
            type="submit"
            class="primary"
            part="submit"
            ?disabled=${e}
            aria-busy=${e?`true`:`false`}
          >
            ${this.t(e?`reset.submitting`:`reset.submit`)}
          </button>
        `,()=>t({type:`space.confirmReset`,password:this.values.password}))}
      <div class="actions">
        ${n?C`<button
                type="button"
                class="secondary"
                @click=${()=>t({type:`space.showForgot`})}
              >
                ${this.t(`reset.newLink`)}
              </button>`:g}
        <button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
          ${this.t(`space.backToLogin`)}
        </button>
      </div>
    `}};pt=E([T(`certinomis-space-reset-password`)],pt);var L=[`organisation`,`mandataire`,`beneficiaire`,`delivery`,`identity`,`signature`],R={function:100,reason:500,documentId:200,carrier:100,paymentReference:140},mt=c(p({siret:pe,name:r(y.companyName),address:r(y.address),postalCode:r(10),city:r(y.city),country:je(De,`FR`)}),ve(n([[`postalCode`],[`country`]],e=>!/^[A-Z]{2}$/.test(e.country)||oe(e.postalCode,e.country),`validation.postal_code`),[`postalCode`])),ht=c(d(`validation.required`),u(),l(`validation.required`),t(i,`validation.mobile_fr`),w(e=>ne(e)??e)),gt=p({civility:de,firstName:ke(y.name),lastName:ke(y.name),email:Ae,mobile:ht,function:r(R.function)}),_t=gt,vt=le(`sameAsMandataire`,[p({sameAsMandataire:f(!0)}),p({sameAsMandataire:f(!1),person:gt})],`validation.required`),yt=[`mandataire`,`beneficiaire`],bt=[`post_office`,`mail`],xt=[`online`,`face_to_face`],St=[`online`,`handwritten`],Ct={organisation:mt,mandataire:_t,beneficiaire:vt,delivery:p({recipient:m(yt,`validation.choice`),mode:m(bt,`validation.choice`)}),identity:p({method:m(xt,`validation.choice`)}),signature:p({method:m(St,`validation.choice`)})},wt=c(d(`validation.required`),u(),l(`validation.required`),te(`validation.datetime`),t(e=>!Number.isNaN(Date.parse(e)),`validation.datetime`),w(e=>new Date(e).toISOString())),Tt=p({amount:c(ee(`validation.amount`),t(e=>Number.isSafeInteger(e)&&e>0,`validation.amount`)),reference:ae(R.paymentReference),chequeNumber:je(c(d(`validation.type`),Oe(),w(e=>e.replace(/\s/g,``)),ce(/^\d{7}$/,`validation.cheque_number`))),bank:ae(y.bank)}),Et=r(R.reason),Dt=p({reason:Et}),Ot=p({serialNumber:c(d(`validation.required`),w(e=>e.replace(/[\s:]/g,``).toUpperCase()),l(`validation.required`),ce(/^[0-9A-F]{8,40}$/,`validation.serial_number`)),notBefore:wt}),kt=p({carrier:r(R.carrier),trackingNumber:c(d(`validation.required`),w(e=>e.replace(/\s/g,``).toUpperCase()),l(`validation.required`),ce(/^[A-Z0-9-]{4,40}$/,`validation.tracking_number`))}),At=p({reason:Et}),jt=p({reason:Et}),Mt=m(L,`validation.step`),z={"dossier.save":p({type:f(`dossier.save`),step:Mt,data:se(d(),ue(),`validation.type`)}),"dossier.goTo":p({type:f(`dossier.goTo`),step:Mt}),"identity.documentUploaded":p({type:f(`identity.documentUploaded`),documentId:r(R.documentId)}),"signature.codeSent":p({type:f(`signature.codeSent`),version:c(ee(`validation.version`),t(e=>Number.isSafeInteger(e)&&e>=0,`validation.version`))}),"signature.signedOnline":p({type:f(`signature.signedOnline`)}),"signature.choosePaper":p({type:f(`signature.choosePaper`)}),"paper.received":p({type:f(`paper.received`)}),"identity.verified":p({type:f(`identity.verified`)}),"identity.refused":p({type:f(`identity.refused`),...Dt.entries}),"payment.received":p({type:f(`payment.received`),...Tt.entries}),"certificate.issued":p({type:f(`certificate.issued`),...Ot.entries}),"certificate.shipped":p({type:f(`certificate.shipped`),...kt.entries}),"certificate.atPostOffice":p({type:f(`certificate.atPostOffice`)}),"order.cancelled":p({type:f(`order.cancelled`),...At.entries}),"dossier.refused":p({type:f(`dossier.refused`),...jt.entries})};Object.keys(z),le(`type`,[z[`dossier.save`],z[`dossier.goTo`],z[`identity.documentUploaded`],z[`signature.codeSent`],z[`signature.signedOnline`],z[`signature.choosePaper`],z[`paper.received`],z[`identity.verified`],z[`identity.refused`],z[`payment.received`],z[`certificate.issued`],z[`certificate.shipped`],z[`certificate.atPostOffice`],z[`order.cancelled`],z[`dossier.refused`]],`validation.event_type`),le(`type`,[z[`dossier.save`],z[`dossier.goTo`],z[`signature.choosePaper`]],`validation.event_type`);var Nt=[`organisation`,`mandataire`,`beneficiaire`,`delivery`,`identity`];function Pt(e){return typeof e==`string`&&L.includes(e)}function Ft(e,t){return e?.mode===`mail`&&t!==null&&t.method!==`online`}function It(e,t){let n=t[e];if(n===null)return[{field:e,key:`validation.step_incomplete`}];let r=s(Ct[e],n);return r.success?e===`delivery`&&Ft(t.delivery,t.identity)?[{field:`delivery.mode`,key:`validation.mail_requires_online_identity`}]:[]:ge(r.issues,e)}function Lt(e,t){return It(e,t).length===0}function Rt(e,t){let n=L.indexOf(e);return L.slice(0,n).every(e=>Lt(e,t))}function zt(e){return L.filter(t=>Rt(t,e))}function B(e){let t=Nt.flatMap(t=>It(t,e));return e.identity?.method===`online`&&!e.documentUploaded&&t.push({field:`identity.document`,key:`validation.identity_document_required`}),t}function Bt(e){return B(e).length===0}function Vt(e){return e.paymentMethod!==`mandate`&&!e.paid}function Ht(e){let t=[];return Bt(e)||t.push(`dossier_incomplete`),e.signedAt===null&&t.push(`not_signed`),e.signatureMethod===`handwritten`&&!e.paperReceived&&t.push(`paper_not_received`),e.identityStatus!==`verified`&&t.push(`identity_not_verified`),Vt(e)&&t.push(`payment_not_received`),t}function Ut(e){return`dossier.missing.${e}`}function Wt(e){let t=e.beneficiaire;return t===null?null:t.sameAsMandataire?e.mandataire:t.person}function Gt(e,t){return Pt(t)?Rt(t,e)?[]:[{field:`step`,key:`validation.step_locked`}]:[{field:`step`,key:`validation.step`}]}function Kt(e,t,n){let r=Gt(e,t);if(r.length>0||!Pt(t))return{ok:!1,issues:r};if(typeof n!=`object`||!n||Array.isArray(n))return{ok:!1,issues:[{field:t,key:`validation.type`}]};let i=Ct[t],a=s(i,n);if(!a.success)return{ok:!1,issues:ge(a.issues,t)};let o=a.output;if(t===`delivery`&&Ft(o,e.identity))return{ok:!1,issues:[{field:`delivery.mode`,key:`validation.mail_requires_online_identity`}]};if(t===`identity`){let t=o;if(Ft(e.delivery,t))return{ok:!1,issues:[{field:`identity.method`,key:`validation.mail_requires_online_identity`}]}}return{ok:!0,step:t,value:o}}var qt={"dossier.loading":`Loading the dossier…`,"dossier.title":`Certificate request dossier`,"dossier.orderLine":`{product} — {reference} of {date} (certificate {position} of {quantity})`,"dossier.status":`Dossier status`,"dossier.steps":`Steps of the dossier`,"dossier.done":`done`,"dossier.locked":`not available yet`,"dossier.goTo":`Go to step {n}: {label}`,"dossier.stale":`The dossier was changed in the meantime: check it, then try again.`,"dossier.unreachable":`The service cannot be reached right now. Check your connection and try again.`,"dossier.failed":`The request did not go through. Try again in a moment.`,"dossier.notFound":`This dossier cannot be found.`,"dossier.sessionExpired":`Your session has expired: log in again to continue.`,"dossier.throttled":`Too many requests: try again in {n} s.`,"dossier.retry":`Try again`,"dossier.errors":`{n} field(s) to correct. {first}`,"dossier.required":`Fields marked with * are required.`,"dossier.saving":`Saving…`,"dossier.choose":`Choose…`,"dossier.mme":`Ms`,"dossier.mr":`Mr`,"dossier.step.organisation":`Organisation`,"dossier.step.mandataire":`Authorising officer`,"dossier.step.beneficiaire":`Holder`,"dossier.step.delivery":`Delivery`,"dossier.step.identity":`Identity`,"dossier.step.signature":`Signature`,"dossier.heading.organisation":`Organisation`,"dossier.heading.mandataire":`Authorising officer (mandataire)`,"dossier.heading.beneficiaire":`Certificate holder (bénéficiaire)`,"dossier.heading.delivery":`Certificate delivery`,"dossier.heading.identity":`Verification of the holder’s identity`,"dossier.heading.signature":`Signing the dossier`,"dossier.field.siret":`SIRET`,"dossier.field.name":`Company name`,"dossier.field.address":`Address`,"dossier.field.postalCode":`Postal code`,"dossier.field.city":`City`,"dossier.field.country":`Country`,"dossier.field.civility":`Title`,"dossier.field.firstName":`Given names`,"dossier.field.lastName":`Surname`,"dossier.field.email":`E-mail`,"dossier.field.mobile":`Mobile phone`,"dossier.field.function":`Job title`,"dossier.field.recipient":`The certificate is handed to`,"dossier.field.mode":`Delivery`,"dossier.field.method":`Method`,"dossier.identity.method":`Verification method`,"dossier.signature.method":`Signature method`,"dossier.field.file":`Holder’s identity document`,"dossier.field.code":`Code received by SMS`,"dossier.organisation.intro":`The organisation the certificate is requested for, pre-filled with the order’s: check it.`,"dossier.mandataire.intro":`The authorising officer (mandataire) is the person who can authorise a certificate request and its revocation. They sign the dossier: the signature code is sent by SMS to their mobile.`,"dossier.mandataire.prefilled":`Pre-filled with the person who placed the order: change it if the authorising officer is someone else.`,"dossier.mandataire.notMobile":`The number given with the order ({phone}) is not a mobile: enter a mobile (06 or 07) to receive the signature code.`,"dossier.mobileHelp":`French mobile: 06 or 07.`,"dossier.beneficiaire.intro":`The holder (bénéficiaire) is the person who will use the certificate.`,"dossier.beneficiaire.same":`The holder is the authorising officer`,"dossier.beneficiaire.sameName":`The certificate will be issued in the name of {name}.`,"dossier.beneficiaire.person":`The holder`,"dossier.namesHelp":`Surname and given names exactly as on the identity document.`,"dossier.delivery.intro":`Say who receives the certificate (the authorising officer or the holder directly), and how.`,"dossier.delivery.mandataire":`The authorising officer`,"dossier.delivery.beneficiaire":`The holder`,"dossier.delivery.post_office":`At a post office`,"dossier.delivery.mail":`By mail`,"dossier.delivery.mailHelp":`Only if you choose to verify the identity online (next step).`,"dossier.delivery.mailDisabled":`Unavailable: you chose to verify the identity face to face at a post office.`,"dossier.identity.intro":`Verification of the holder’s identity: for security reasons, this step is mandatory.`,"dossier.identity.online":`Online, with a scan of an identity document`,"dossier.identity.onlineHelp":`Upload the scan or photo of the holder’s identity document (identity card, passport).`,"dossier.identity.face_to_face":`Face to face, at a post office`,"dossier.identity.faceHelp":`The holder shows their identity document at a post office.`,"dossier.identity.fileHelp":`JPEG, PNG or PDF, 10 MB at most.`,"dossier.identity.sending":`Sending the document… {percent} %`,"dossier.identity.received":`Document received on {date} at {time}.`,"dossier.identity.pending":`CERTINOMIS will verify it.`,"dossier.identity.verified":`Identity verified.`,"dossier.identity.refused":`The identity document was refused: {reason}`,"dossier.identity.uploadAgain":`Upload a new identity document.`,"dossier.identity.replace":`To replace it, choose another file.`,"dossier.signature.intro":`Once all this is filled in, the dossier remains to be signed.`,"dossier.signature.online":`Online signature`,"dossier.signature.onlineHelp":`With a code received by SMS on the authorising officer’s mobile: no valid eIDAS certificate is needed.`,"dossier.signature.handwritten":`Handwritten signature`,"dossier.signature.handwrittenHelp":`The dossier is printed, signed, then posted to Certinomis.`,"dossier.signature.choose":`Choose this signature method`,"dossier.signature.incomplete":`The dossier is not complete yet:`,"dossier.signature.fix":`Complete the {label} step`,"dossier.signature.review":`Check the dossier before signing it.`,"dossier.signature.codeTo":`The code is sent by SMS to the authorising officer’s mobile, {phone}.`,"dossier.signature.sendCode":`Receive the code by SMS`,"dossier.signature.codeSent":`Code sent to {phone}. It expires at {time}.`,"dossier.signature.codeSentEarlier":`A code was sent at {time}.`,"dossier.signature.codeHelp":`The 6 digits received by SMS.`,"dossier.signature.confirm":`Confirm`,"dossier.signature.confirming":`Confirming…`,"dossier.signature.resend":`Send the code again`,"dossier.signature.resendIn":`You can ask for a new code in {n} s.`,"dossier.signature.download":`Download the dossier (PDF)`,"dossier.signature.downloading":`Preparing the PDF…`,"dossier.signature.downloaded":`Dossier downloaded: print it and sign it.`,"dossier.signature.postTo":`Post the signed dossier to:`,"dossier.signature.paperDone":`I have printed and signed the dossier`,"dossier.signature.after":`Once the dossier is complete, signed and received by Certinomis, the certificate is produced and delivered as chosen.`,"dossier.summary.title":`Dossier summary`,"dossier.summary.readOnly":`The dossier is signed: it can no longer be changed.`,"dossier.summary.sameAsMandataire":`The authorising officer ({name})`,"dossier.summary.signedOnline":`signed on {date} at {time}`,"dossier.summary.signedPaper":`declared on {date}, dossier to post`,"dossier.summary.paperReceived":`paper dossier received by Certinomis`,"dossier.summary.waiting":`Waiting for:`,"dossier.summary.certificate":`Certificate no. {serial}, valid until {date}.`,"dossier.summary.reason":`Reason: {reason}`,"dossier.summary.none":`Not given`},Jt={"dossier.loading":`Chargement du dossier…`,"dossier.title":`Dossier de demande de certificat`,"dossier.orderLine":`{product} — {reference} du {date} (certificat {position} sur {quantity})`,"dossier.status":`Statut du dossier`,"dossier.steps":`Étapes du dossier`,"dossier.done":`terminée`,"dossier.locked":`pas encore accessible`,"dossier.goTo":`Aller à l’étape {n} : {label}`,"dossier.stale":`Le dossier a été modifié entre-temps : vérifiez puis recommencez.`,"dossier.unreachable":`Le service est momentanément injoignable. Vérifiez votre connexion puis réessayez.`,"dossier.failed":`La demande n’a pas abouti. Réessayez dans un instant.`,"dossier.notFound":`Ce dossier est introuvable.`,"dossier.sessionExpired":`Votre session a expiré : reconnectez-vous pour continuer.`,"dossier.throttled":`Trop de demandes : réessayez dans {n} s.`,"dossier.retry":`Réessayer`,"dossier.errors":`{n} champ(s) à corriger. {first}`,"dossier.required":`Les champs marqués d’un * sont obligatoires.`,"dossier.saving":`Enregistrement…`,"dossier.choose":`Choisir…`,"dossier.mme":`Madame`,"dossier.mr":`Monsieur`,"dossier.step.organisation":`Organisme`,"dossier.step.mandataire":`Mandataire`,"dossier.step.beneficiaire":`Bénéficiaire`,"dossier.step.delivery":`Remise`,"dossier.step.identity":`Identité`,"dossier.step.signature":`Signature`,"dossier.heading.organisation":`Organisme`,"dossier.heading.mandataire":`Mandataire`,"dossier.heading.beneficiaire":`Bénéficiaire du certificat`,"dossier.heading.delivery":`Remise du certificat`,"dossier.heading.identity":`Vérification de l’identité du bénéficiaire`,"dossier.heading.signature":`Signature du dossier`,"dossier.field.siret":`Siret`,"dossier.field.name":`Raison sociale`,"dossier.field.address":`Adresse`,"dossier.field.postalCode":`Code postal`,"dossier.field.city":`Ville`,"dossier.field.country":`Pays`,"dossier.field.civility":`Civilité`,"dossier.field.firstName":`Prénoms`,"dossier.field.lastName":`Nom`,"dossier.field.email":`Email`,"dossier.field.mobile":`Téléphone mobile`,"dossier.field.function":`Fonction`,"dossier.field.recipient":`Le certificat est remis à`,"dossier.field.mode":`Mode de remise`,"dossier.field.method":`Mode`,"dossier.identity.method":`Mode de vérification`,"dossier.signature.method":`Mode de signature`,"dossier.field.file":`Pièce d’identité du bénéficiaire`,"dossier.field.code":`Code reçu par SMS`,"dossier.organisation.intro":`L’organisme pour lequel le certificat est demandé, pré-rempli avec celui de la commande : vérifiez-le.`,"dossier.mandataire.intro":`Le mandataire est la personne qui pourra autoriser une demande de certificat et sa révocation. C’est lui qui signe le dossier : le code de signature est envoyé par SMS sur son mobile.`,"dossier.mandataire.prefilled":`Pré-rempli avec la personne qui a passé la commande : modifiez-le si le mandataire est une autre personne.`,"dossier.mandataire.notMobile":`Le numéro donné à la commande ({phone}) n’est pas un mobile : indiquez un mobile (06 ou 07) pour recevoir le code de signature.`,"dossier.mobileHelp":`Mobile français : 06 ou 07.`,"dossier.beneficiaire.intro":`Le bénéficiaire est la personne qui utilisera le certificat.`,"dossier.beneficiaire.same":`Le bénéficiaire est le mandataire`,"dossier.beneficiaire.sameName":`Le certificat sera établi au nom de {name}.`,"dossier.beneficiaire.person":`Le bénéficiaire`,"dossier.namesHelp":`Nom et prénoms exactement comme sur la pièce d’identité.`,"dossier.delivery.intro":`Indiquez à qui sera remis le certificat (le mandataire ou le bénéficiaire directement), et comment.`,"dossier.delivery.mandataire":`Le mandataire`,"dossier.delivery.beneficiaire":`Le bénéficiaire`,"dossier.delivery.post_office":`Dans un bureau de poste`,"dossier.delivery.mail":`Par courrier`,"dossier.delivery.mailHelp":`Seulement si vous choisissez une vérification de l’identité en ligne (étape suivante).`,"dossier.delivery.mailDisabled":`Indisponible : vous avez choisi la vérification d’identité en face à face dans un bureau de poste.`,"dossier.identity.intro":`Vérification de l’identité du bénéficiaire : pour des questions de sécurité, cette étape est obligatoire.`,"dossier.identity.online":`En ligne, après scan d’une pièce d’identité`,"dossier.identity.onlineHelp":`Déposez le scan ou la photo de la pièce d’identité du bénéficiaire (carte d’identité, passeport).`,"dossier.identity.face_to_face":`En face à face, dans un bureau de poste`,"dossier.identity.faceHelp":`Le bénéficiaire présente sa pièce d’identité dans un bureau de poste.`,"dossier.identity.fileHelp":`JPEG, PNG ou PDF, 10 Mo au plus.`,"dossier.identity.sending":`Envoi de la pièce… {percent} %`,"dossier.identity.received":`Pièce reçue le {date} à {time}.`,"dossier.identity.pending":`Elle sera vérifiée par CERTINOMIS.`,"dossier.identity.verified":`Identité vérifiée.`,"dossier.identity.refused":`La pièce d’identité a été refusée : {reason}`,"dossier.identity.uploadAgain":`Déposez une nouvelle pièce d’identité.`,"dossier.identity.replace":`Pour la remplacer, choisissez un autre fichier.`,"dossier.signature.intro":`Une fois toutes ces informations renseignées, il reste à signer le dossier.`,"dossier.signature.online":`Signature en ligne`,"dossier.signature.onlineHelp":`Par un code reçu par SMS sur le mobile du mandataire : il n’est pas utile d’avoir un certificat eIDAS valide.`,"dossier.signature.handwritten":`Signature manuscrite`,"dossier.signature.handwrittenHelp":`Le dossier est imprimé, signé, puis envoyé par courrier à Certinomis.`,"dossier.signature.choose":`Choisir ce mode de signature`,"dossier.signature.incomplete":`Le dossier n’est pas encore complet :`,"dossier.signature.fix":`Compléter l’étape {label}`,"dossier.signature.review":`Vérifiez le dossier avant de le signer.`,"dossier.signature.codeTo":`Le code est envoyé par SMS au mobile du mandataire, {phone}.`,"dossier.signature.sendCode":`Recevoir le code par SMS`,"dossier.signature.codeSent":`Code envoyé au {phone}. Il expire à {time}.`,"dossier.signature.codeSentEarlier":`Un code a été envoyé à {time}.`,"dossier.signature.codeHelp":`Les 6 chiffres reçus par SMS.`,"dossier.signature.confirm":`Valider`,"dossier.signature.confirming":`Validation…`,"dossier.signature.resend":`Renvoyer le code`,"dossier.signature.resendIn":`Vous pourrez renvoyer le code dans {n} s.`,"dossier.signature.download":`Télécharger le dossier (PDF)`,"dossier.signature.downloading":`Préparation du PDF…`,"dossier.signature.downloaded":`Dossier téléchargé : imprimez-le et signez-le.`,"dossier.signature.postTo":`Envoyez le dossier signé par courrier à :`,"dossier.signature.paperDone":`J’ai imprimé et signé le dossier`,"dossier.signature.after":`Quand le dossier est complet, signé et reçu par Certinomis, le certificat sera généré et envoyé selon le mode de réception choisi.`,"dossier.summary.title":`Récapitulatif du dossier`,"dossier.summary.readOnly":`Le dossier est signé : il ne peut plus être modifié.`,"dossier.summary.sameAsMandataire":`Le mandataire ({name})`,"dossier.summary.signedOnline":`signé le {date} à {time}`,"dossier.summary.signedPaper":`déclarée le {date}, dossier à envoyer par courrier`,"dossier.summary.paperReceived":`dossier papier reçu par Certinomis`,"dossier.summary.waiting":`En attente :`,"dossier.summary.certificate":`Certificat n° {serial}, valable jusqu’au {date}.`,"dossier.summary.reason":`Motif : {reason}`,"dossier.summary.none":`Non renseigné`},Yt={fr:Jt,en:qt};function V(e,t,n={}){return Yt[e][t].replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):e)}function Xt(e){return Object.hasOwn(Jt,e)}var Zt=`Europe/Paris`;function H(e,t){return new Date(e).toLocaleDateString(t===`fr`?`fr-FR`:`en-GB`,{day:`2-digit`,month:`2-digit`,year:`numeric`,timeZone:Zt})}function U(e,t){return new Date(e).toLocaleTimeString(t===`fr`?`fr-FR`:`en-GB`,{hour:`2-digit`,minute:`2-digit`,timeZone:Zt})}var Qt=D`
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
`,$t=D`
  :host {
    display: block;
    container-type: inline-size;
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  @container (max-width: 24rem) {
    .frame {
      padding: calc(var(--_space) * 0.5);
    }
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

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

  .status {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  .error,
  .notice {
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-left-width: 6px;
    border-radius: var(--_radius);
  }

  .notice {
    border-color: #b54708;
  }

  .error strong {
    display: block;
    color: var(--_danger);
  }

  .error p,
  .notice p {
    margin: 0 0 0.5rem;
  }

  .error ul {
    margin: 0.25rem 0 0;
    padding-left: 1.2rem;
  }
`;function W(e){return{...e.data,issues:[]}}function en(e,t){let n=`dossier.field.${t.split(`.`).at(-1)??``}`;return Xt(n)?V(e,n):``}function tn(e){return e.replace(/ /g,`\xA0`)}function G(e,t){return V(e,`dossier.step.${t}`)}var K=()=>({civility:``,firstName:``,lastName:``,email:``,mobile:``,function:``});function nn(e){return e?{...e,mobile:a(e.mobile)}:K()}function rn(e){let t=e.context.prefill?.contact;if(!t)return{person:K(),phone:null};let n=i(t.phone)?a(t.phone):``;return{person:{civility:t.civility.toUpperCase(),firstName:t.firstName,lastName:t.lastName,email:t.email,mobile:n,function:``},phone:n===``&&t.phone.trim()!==``?a(t.phone):null}}function q(e){return e?`${e.firstName} ${e.lastName}`.trim():``}var an=e=>e.replace(/[^A-Za-z0-9_-]/g,`-`),J=class extends b{constructor(...e){super(...e),this.step=null,this.draftOf=null}static{this.styles=[_,Se,Qt]}draft(){return{}}resetDraft(){}willUpdate(){let e=`${this.view.dossier.id}:${this.view.dossier.version}`;e!==this.draftOf&&(this.draftOf=e,this.resetDraft())}get locale(){return this.view.locale}errorOf(e){return this.view.errors.get(e)??null}heading(e){return C`<h2 tabindex="-1">${e}</h2>`}field(e,t,n,r={}){let i=this.errorOf(e);return C`<certinomis-field
      part="field"
      class=${r.wide?`wide`:``}
      name=${e}
      label=${en(this.locale,e)}
      type=${r.type??`text`}
      .value=${t}
      ?required=${r.required??!0}
      help=${r.help??``}
      error=${i??g}
      autocomplete=${r.autocomplete??``}
      inputmode=${r.inputmode??``}
      .options=${r.options??[]}
      @input=${t=>{n(t.target.value),this.view.clearErrors(e)}}
    ></certinomis-field>`}personFields(e,t,n,r){let{locale:i}=this;return C`<p class="note">${V(i,`dossier.namesHelp`)}</p>
      <div class="grid">
      ${this.field(`${e}.civility`,t.civility,e=>n(`civility`,e),{type:`select`,autocomplete:`off`,options:[{value:``,label:V(i,`dossier.choose`)},{value:`MME`,label:V(i,`dossier.mme`)},{value:`MR`,label:V(i,`dossier.mr`)}]})}
      <span class="spacer"></span>
      ${this.field(`${e}.firstName`,t.firstName,e=>n(`firstName`,e),{autocomplete:`off`})}
      ${this.field(`${e}.lastName`,t.lastName,e=>n(`lastName`,e),{autocomplete:`off`})}
      ${this.field(`${e}.email`,t.email,e=>n(`email`,e),{type:`email`,autocomplete:`off`})}
      ${this.field(`${e}.mobile`,t.mobile,e=>n(`mobile`,e),{type:`tel`,inputmode:`tel`,autocomplete:`off`,help:r})}
      ${this.field(`${e}.function`,t.function,e=>n(`function`,e),{autocomplete:`off`,wide:!0})}
    </div>`}radios(e,t,n,r,i){let a=this.errorOf(e),o=an(e);return C`<fieldset class="radios" data-path=${e}>
      <legend>${t}<span class="req" aria-hidden="true"> *</span></legend>
      ${r.map(t=>{let r=!!t.disabledReason,s=`${o}-${t.value}-help`,c=`${o}-${t.value}-reason`,l=[t.help?s:``,r?c:``,a&&!r?`${o}-error`:``].filter(Boolean).join(` `)||g;return C`<label class="choice ${r?`disabled`:``}">
          <input
            type="radio"
            name=${e}
            .value=${t.value}
            .checked=${n===t.value}
            ?disabled=${r}
            aria-describedby=${l}
            aria-invalid=${a&&!r?`true`:`false`}
            @change=${()=>{i(t.value),this.view.clearErrors(e)}}
          />
          <span>
            <span class="label">${t.label}</span>
            ${t.help?C`<span class="help" id=${s}>${t.help}</span>`:g}
            ${r?C`<span class="reason" id=${c}>${t.disabledReason}</span>`:g}
          </span>
        </label>`})}
      <p class="error" id="${o}-error" ?hidden=${!a}>${a}</p>
    </fieldset>`}showsError(e){for(let t of this.renderRoot.querySelectorAll(`certinomis-field[name], [data-path]`))if((t.getAttribute(`data-path`)??t.getAttribute(`name`)??``).split(` `).includes(e))return!0;return!1}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`certinomis-field[error], input[aria-invalid="true"]:not(:disabled)`);return e?.focus(),e!==null}};E([S({attribute:!1})],J.prototype,`view`,void 0);var on=class extends J{constructor(...e){super(...e),this.step=`beneficiaire`,this.same=!1,this.person=K()}draft(){return this.same?{sameAsMandataire:!0}:{sameAsMandataire:!1,person:{...this.person}}}resetDraft(){let e=this.view.context.beneficiaire;this.same=e?.sameAsMandataire??!1,this.person=e&&!e.sameAsMandataire?nn(e.person):K()}render(){let{locale:e}=this,t=q(this.view.context.mandataire);return C`
      ${this.heading(V(e,`dossier.heading.beneficiaire`))}
      <p class="intro">${V(e,`dossier.beneficiaire.intro`)}</p>
      <label class="choice">
        <input
          type="checkbox"
          name="beneficiaire.sameAsMandataire"
          .checked=${this.same}
          aria-describedby="same-help"
          @change=${e=>{this.same=e.target.checked,this.view.clearErrors(`beneficiaire`)}}
        />
        <span>
          <span class="label">${V(e,`dossier.beneficiaire.same`)}</span>
          <span class="help" id="same-help">
            ${t?V(e,`dossier.beneficiaire.sameName`,{name:t}):``}
          </span>
        </span>
      </label>
      ${this.same?``:C`<fieldset>
              <legend>${V(e,`dossier.beneficiaire.person`)}</legend>
              <p class="help">${V(e,`dossier.required`)}</p>
              ${this.personFields(`beneficiaire.person`,this.person,(e,t)=>{this.person={...this.person,[e]:t}},V(e,`dossier.mobileHelp`))}
            </fieldset>`}
    `}};E([O()],on.prototype,`same`,void 0),E([O()],on.prototype,`person`,void 0),on=E([T(`certinomis-dossier-beneficiaire`)],on);var sn=class extends J{constructor(...e){super(...e),this.step=`delivery`,this.recipient=``,this.mode=``}draft(){return{recipient:this.recipient,mode:this.mode}}resetDraft(){let e=this.view.context.delivery;this.recipient=e?.recipient??``,this.mode=e?.mode??``}render(){let{locale:e}=this,{context:t}=this.view,n={mandataire:q(t.mandataire),beneficiaire:q(Wt(t))},r=Ft({mode:`mail`},t.identity),i=t=>t===`mail`&&r?`${V(e,`dossier.delivery.mailDisabled`)} ${h(e,`validation.mail_requires_online_identity`)}`:null;return C`
      ${this.heading(V(e,`dossier.heading.delivery`))}
      <p class="intro">${V(e,`dossier.delivery.intro`)}</p>
      ${this.radios(`delivery.recipient`,V(e,`dossier.field.recipient`),this.recipient,yt.map(t=>({value:t,label:V(e,`dossier.delivery.${t}`),help:n[t]})),e=>{this.recipient=e})}
      ${this.radios(`delivery.mode`,V(e,`dossier.field.mode`),this.mode,bt.map(t=>({value:t,label:V(e,`dossier.delivery.${t}`),...t===`mail`&&!r?{help:V(e,`dossier.delivery.mailHelp`)}:{},disabledReason:i(t)})),e=>{this.mode=e})}
    `}};E([O()],sn.prototype,`recipient`,void 0),E([O()],sn.prototype,`mode`,void 0),sn=E([T(`certinomis-dossier-delivery`)],sn);var Y=class extends b{constructor(...e){super(...e),this.locale=`fr`,this.current=null,this.reachable=[],this.complete=[],this.disabled=!1}static{this.styles=[_,Te,D`
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
    `]}render(){let{locale:e}=this;return C`<ol aria-label=${V(e,`dossier.steps`)}>
      ${L.map((t,n)=>{let r=t===this.current,i=this.complete.includes(t),a=this.reachable.includes(t);return C`<li class=${r?`current`:i?`done`:``} data-step=${t}>
          <button
            type="button"
            part="step"
            ?disabled=${!a||this.disabled}
            aria-current=${r?`step`:g}
            @click=${()=>{r||this.choose(t)}}
          >
            <span class="n" aria-hidden="true">${n+1}</span>
            <span class="visually-hidden">${n+1}.</span> ${G(e,t)}${i?C`<span class="visually-hidden"> (${V(e,`dossier.done`)})</span>`:a?g:C`<span class="visually-hidden"> (${V(e,`dossier.locked`)})</span>`}
          </button>
        </li>`})}
    </ol>`}choose(e){this.dispatchEvent(new CustomEvent(`certinomis-dossier-goto`,{detail:{step:e},bubbles:!0,composed:!0}))}};E([S()],Y.prototype,`locale`,void 0),E([S({attribute:!1})],Y.prototype,`current`,void 0),E([S({attribute:!1})],Y.prototype,`reachable`,void 0),E([S({attribute:!1})],Y.prototype,`complete`,void 0),E([S({type:Boolean})],Y.prototype,`disabled`,void 0),Y=E([T(`certinomis-dossier-stepper`)],Y);var cn=[`image/jpeg`,`image/png`,`application/pdf`];function ln(e,t){let{locale:n,context:r,dossier:i,upload:a}=e,o=e.errors.get(`file`)??e.errors.get(`identity.document`)??null,s=i.documents[0]?.uploadedAt??r.identitySubmittedAt,c=r.documentUploaded&&s,l=r.identityStatus===`refused`,u=a.state===`sending`,d=[`file-help`,o?`file-error`:``].filter(Boolean).join(` `);return C`<div class="file" data-path="file identity.document">
    ${l?C`<div class="alert" role="alert">
            <strong class="error">
              ${V(n,`dossier.identity.refused`,{reason:r.identityRefusalReason??``})}
            </strong>
            <span>${V(n,`dossier.identity.uploadAgain`)}</span>
          </div>`:c?C`<p class="ok" data-received>
              ${V(n,`dossier.identity.received`,{date:H(s,n),time:U(s,n)})}
              ${r.identityStatus===`verified`?V(n,`dossier.identity.verified`):V(n,`dossier.identity.pending`)}
            </p>`:g}
    ${r.identityStatus===`verified`?g:C`<label for="file">
              ${V(n,`dossier.field.file`)}${t?C`<span class="req" aria-hidden="true"> *</span>`:g}
            </label>
            <input
              id="file"
              type="file"
              name="file"
              accept=${cn.join(`,`)}
              ?disabled=${u||e.busy}
              aria-required=${t?`true`:`false`}
              aria-describedby=${d}
              aria-invalid=${o?`true`:`false`}
              @change=${t=>{let n=t.target,r=n.files?.[0];n.value=``,r&&e.uploadDocument(r)}}
            />
            <p class="field-help" id="file-help">
              ${V(n,`dossier.identity.fileHelp`)}
              ${c&&!l?V(n,`dossier.identity.replace`):``}
            </p>`}
    ${u?C`<progress max="100" value=${a.percent} aria-labelledby="sending"></progress>
            <p id="sending">${V(n,`dossier.identity.sending`,{percent:a.percent})}</p>`:g}
    <p class="error" id="file-error" ?hidden=${!o}>${o}</p>
  </div>`}var un=class extends J{constructor(...e){super(...e),this.step=`identity`,this.method=``}draft(){return{method:this.method}}resetDraft(){this.method=this.view.context.identity?.method??``}render(){let{locale:e}=this,{context:t}=this.view;return C`
      ${this.heading(V(e,`dossier.heading.identity`))}
      <p class="intro">${V(e,`dossier.identity.intro`)}</p>
      ${this.radios(`identity.method`,V(e,`dossier.identity.method`),this.method,xt.map(t=>({value:t,label:V(e,`dossier.identity.${t}`),help:V(e,t===`online`?`dossier.identity.onlineHelp`:`dossier.identity.faceHelp`)})),e=>{this.method=e})}
      ${this.method===`online`?ln(this.view,!(t.identity?.method===`online`&&t.documentUploaded)):g}
    `}};E([O()],un.prototype,`method`,void 0),un=E([T(`certinomis-dossier-identity`)],un);var X=class extends J{constructor(...e){super(...e),this.step=`mandataire`,this.person=K(),this.prefilled=!1,this.orderPhone=null}draft(){return{...this.person}}resetDraft(){let e=this.view.context.mandataire;if(e){this.person=nn(e),this.prefilled=!1,this.orderPhone=null;return}let{person:t,phone:n}=rn(this.view);this.person=t,this.prefilled=this.view.context.prefill?.contact!==void 0,this.orderPhone=n}render(){let{locale:e}=this,t=this.orderPhone!==null&&this.person.mobile.trim()===``?V(e,`dossier.mandataire.notMobile`,{phone:tn(this.orderPhone)}):V(e,`dossier.mobileHelp`);return C`
      ${this.heading(V(e,`dossier.heading.mandataire`))}
      <p class="intro">${V(e,`dossier.mandataire.intro`)}</p>
      ${this.prefilled?C`<p class="note">${V(e,`dossier.mandataire.prefilled`)}</p>`:g}
      <p class="help">${V(e,`dossier.required`)}</p>
      ${this.personFields(`mandataire`,this.person,(e,t)=>{this.person={...this.person,[e]:t}},t)}
    `}};E([O()],X.prototype,`person`,void 0),E([O()],X.prototype,`prefilled`,void 0),E([O()],X.prototype,`orderPhone`,void 0),X=E([T(`certinomis-dossier-mandataire`)],X);var dn=[`FR`,`BE`,`LU`,`CH`,`MC`,`DE`,`ES`,`IT`,`NL`,`PT`,`GB`,`IE`,`AT`];function fn(e,t){let n=new Intl.DisplayNames([e],{type:`region`}),[r=`FR`,...i]=dn.includes(t)||t===``?dn:[...dn,t],a=e=>({value:e,label:n.of(e)??e});return[a(r),...i.map(a).sort((t,n)=>t.label.localeCompare(n.label,e))]}var pn=class extends J{constructor(...e){super(...e),this.step=`organisation`,this.values={siret:``,name:``,address:``,postalCode:``,city:``,country:`FR`}}draft(){return{...this.values}}resetDraft(){let{organisation:e,prefill:t}=this.view.context,n=e??t?.organisation??{};this.values={siret:n.siret??``,name:n.name??``,address:n.address??``,postalCode:n.postalCode??``,city:n.city??``,country:n.country??`FR`}}set(e,t){this.values={...this.values,[e]:t}}render(){let{locale:e}=this,t=this.values;return C`
      ${this.heading(V(e,`dossier.heading.organisation`))}
      <p class="intro">${V(e,`dossier.organisation.intro`)}</p>
      <p class="help">${V(e,`dossier.required`)}</p>
      <div class="grid">
        ${this.field(`organisation.siret`,t.siret,e=>this.set(`siret`,e),{inputmode:`numeric`,autocomplete:`off`})}
        ${this.field(`organisation.name`,t.name,e=>this.set(`name`,e),{autocomplete:`organization`})}
        ${this.field(`organisation.address`,t.address,e=>this.set(`address`,e),{autocomplete:`street-address`,wide:!0})}
        ${this.field(`organisation.postalCode`,t.postalCode,e=>this.set(`postalCode`,e),{autocomplete:`postal-code`,inputmode:`numeric`})}
        ${this.field(`organisation.city`,t.city,e=>this.set(`city`,e),{autocomplete:`address-level2`})}
        ${this.field(`organisation.country`,t.country,e=>this.set(`country`,e),{type:`select`,autocomplete:`country`,options:fn(e,t.country)})}
      </div>
    `}};E([O()],pn.prototype,`values`,void 0),pn=E([T(`certinomis-dossier-organisation`)],pn);function mn(e,t){return t===`MME`?V(e,`dossier.mme`):t===`MR`?V(e,`dossier.mr`):t}function Z(e,t){return C`<dt>${e}</dt><dd>${t}</dd>`}function hn(e,t){return C`${Z(V(e,`dossier.field.lastName`),`${mn(e,t.civility)} ${q(t)}`)}
  ${Z(V(e,`dossier.field.function`),t.function)}
  ${Z(V(e,`dossier.field.email`),t.email)}
  ${Z(V(e,`dossier.field.mobile`),tn(a(t.mobile)))}`}function gn(e){let{locale:t,context:n}=e,r=V(t,`dossier.summary.none`),i=(e,n)=>C`<section aria-labelledby="facts-${e}">
      <h3 id="facts-${e}">${G(t,e)}</h3>
      <dl class="facts">${n}</dl>
    </section>`,{organisation:a,mandataire:o,beneficiaire:s,delivery:c,identity:l}=n,u=Wt(n),d=e.dossier.documents[0]?.uploadedAt??n.identitySubmittedAt;return C`
    ${i(`organisation`,a?C`${Z(V(t,`dossier.field.name`),a.name)}
          ${Z(V(t,`dossier.field.siret`),a.siret)}
          ${Z(V(t,`dossier.field.address`),`${a.address}, ${a.postalCode} ${a.city} (${a.country})`)}`:Z(G(t,`organisation`),r))}
    ${i(`mandataire`,o?hn(t,o):Z(G(t,`mandataire`),r))}
    ${i(`beneficiaire`,s?.sameAsMandataire?Z(G(t,`beneficiaire`),V(t,`dossier.summary.sameAsMandataire`,{name:q(o)})):u?hn(t,u):Z(G(t,`beneficiaire`),r))}
    ${i(`delivery`,c?C`${Z(V(t,`dossier.field.recipient`),`${V(t,`dossier.delivery.${c.recipient}`)} (${q(c.recipient===`mandataire`?o:u)})`)}
          ${Z(V(t,`dossier.field.mode`),V(t,`dossier.delivery.${c.mode}`))}`:Z(G(t,`delivery`),r))}
    ${i(`identity`,l?C`${Z(V(t,`dossier.field.method`),`${V(t,`dossier.identity.${l.method}`)}${n.identityStatus===`verified`?` — ${V(t,`dossier.identity.verified`)}`:``}`)}
          ${l.method===`online`?Z(V(t,`dossier.field.file`),n.documentUploaded&&d?V(t,`dossier.identity.received`,{date:H(d,t),time:U(d,t)}):r):g}`:Z(G(t,`identity`),r))}
    ${n.signedAt?i(`signature`,Z(V(t,`dossier.field.method`),`${V(t,n.signatureMethod===`online`?`dossier.signature.online`:`dossier.signature.handwritten`)} — ${n.signatureMethod===`online`?V(t,`dossier.summary.signedOnline`,{date:H(n.signedAt,t),time:U(n.signedAt,t)}):n.paperReceived?V(t,`dossier.summary.paperReceived`):V(t,`dossier.summary.signedPaper`,{date:H(n.signedAt,t)})}`)):g}
  `}function _n(e){let t=e.split(`.`)[0];return L.includes(t??``)?t:null}function vn(e){let{locale:t,payee:n,signature:r}=e;return C`<div class="actions">
      <button
        type="button"
        class="secondary"
        data-action="download"
        ?disabled=${r.pdf===`loading`}
        aria-describedby="pdf-status"
        @click=${()=>e.downloadPdf()}
      >
        ${V(t,r.pdf===`loading`?`dossier.signature.downloading`:`dossier.signature.download`)}
      </button>
      <span id="pdf-status" class="ok">
        ${r.pdf===`done`?V(t,`dossier.signature.downloaded`):``}
      </span>
    </div>
    ${n?C`<p>${V(t,`dossier.signature.postTo`)}</p>
            <address>${n.holder}
${n.address}
${n.postalCode} ${n.city}</address>`:g}`}var yn=class extends J{constructor(...e){super(...e),this.step=`signature`,this.method=``,this.code=``}draft(){return{method:this.method}}resetDraft(){this.method=this.view.context.signature?.method??``}render(){let{locale:e}=this,{context:t}=this.view,n=B(t),r=t.signature?.method??null;return C`
      ${this.heading(V(e,`dossier.heading.signature`))}
      <p class="intro">${V(e,`dossier.signature.intro`)}</p>
      ${n.length>0?C`<div class="alert" data-incomplete>
              <strong>${V(e,`dossier.signature.incomplete`)}</strong>
              <ul class="missing">
                ${n.map(t=>C`<li>${h(e,t.key,t.params)}</li>`)}
              </ul>
              <div class="actions">
                ${[...new Set(n.map(e=>_n(e.field)))].map(t=>t?C`<button type="button" class="secondary" ?disabled=${this.view.busy}
                        @click=${()=>this.view.goTo(t)}>
                        ${V(e,`dossier.signature.fix`,{label:G(e,t)})}
                      </button>`:g)}
              </div>
            </div>`:g}
      <details class="summary">
        <summary>${V(e,`dossier.summary.title`)} — ${V(e,`dossier.signature.review`)}</summary>
        ${gn(this.view)}
      </details>
      ${this.radios(`signature.method`,V(e,`dossier.signature.method`),this.method,St.map(t=>({value:t,label:V(e,`dossier.signature.${t}`),help:V(e,t===`online`?`dossier.signature.onlineHelp`:`dossier.signature.handwrittenHelp`)})),e=>{this.method=e})}
      ${this.method!==``&&this.method!==r?C`<div class="actions">
              <button type="button" class="primary" data-action="choose" ?disabled=${this.view.busy}
                @click=${()=>this.view.chooseSignature(this.method===`online`?`online`:`handwritten`)}>
                ${V(e,`dossier.signature.choose`)}
              </button>
            </div>`:r===`online`&&this.method===`online`?this.online():r===`handwritten`&&this.method===`handwritten`?this.paper():g}
    `}online(){let{locale:e}=this,{context:t,dossier:n,signature:r,busy:i}=this.view,o=Bt(t),s=t.mandataire?tn(a(t.mandataire.mobile)):``,c=t.codeSentAt!==null&&t.codeSentForVersion===n.version,l=r.sentTo!==null&&r.expiresAt!==null?V(e,`dossier.signature.codeSent`,{phone:tn(r.sentTo),time:U(r.expiresAt,e)}):t.codeSentAt?V(e,`dossier.signature.codeSentEarlier`,{time:U(t.codeSentAt,e)}):``;if(!c)return C`<section class="card" aria-labelledby="online-title">
        <h3 id="online-title">${V(e,`dossier.signature.online`)}</h3>
        <p>${V(e,`dossier.signature.codeTo`,{phone:s})}</p>
        <div class="actions">
          <button type="button" class="primary" data-action="send-code"
            ?disabled=${!o||i||r.requesting}
            @click=${()=>this.view.requestCode()}>
            ${V(e,`dossier.signature.sendCode`)}
          </button>
        </div>
        ${this.codeError()}
      </section>`;let u=()=>{r.confirming||this.view.confirmCode(this.code)};return C`<section class="card" aria-labelledby="online-title">
      <h3 id="online-title">${V(e,`dossier.signature.online`)}</h3>
      <p data-sent>${l}</p>
      <div class="code-row">
        <certinomis-field
          part="field"
          name="code"
          label=${V(e,`dossier.field.code`)}
          .value=${this.code}
          required
          inputmode="numeric"
          autocomplete="one-time-code"
          help=${V(e,`dossier.signature.codeHelp`)}
          error=${this.errorOf(`code`)??g}
          @input=${e=>{this.code=e.target.value,this.view.clearErrors(`code`)}}
          @keydown=${e=>{e.key===`Enter`&&u()}}
        ></certinomis-field>
        <button type="button" class="primary" data-action="confirm"
          ?disabled=${i||r.confirming}
          aria-busy=${r.confirming?`true`:`false`}
          @click=${u}>
          ${V(e,r.confirming?`dossier.signature.confirming`:`dossier.signature.confirm`)}
        </button>
      </div>
      <div class="actions">
        <button type="button" class="secondary" data-action="resend"
          ?disabled=${r.resendIn>0||i||r.requesting}
          aria-describedby="resend-help"
          @click=${()=>this.view.requestCode()}>
          ${V(e,`dossier.signature.resend`)}
        </button>
        <span id="resend-help" class="help">
          ${r.resendIn>0?V(e,`dossier.signature.resendIn`,{n:r.resendIn}):``}
        </span>
      </div>
      ${this.errorOf(`code`)?g:this.codeError()}
    </section>`}codeError(){let e=this.errorOf(`signature.code`)??this.errorOf(`mandataire.mobile`);return e?C`<p class="error" data-path="signature.code mandataire.mobile">${e}</p>`:g}paper(){let{locale:e}=this,{context:t,busy:n}=this.view;return C`<section class="card" aria-labelledby="paper-title">
      <h3 id="paper-title">${V(e,`dossier.signature.handwritten`)}</h3>
      ${vn(this.view)}
      <div class="actions">
        <button type="button" class="primary" data-action="paper"
          ?disabled=${!Bt(t)||n}
          @click=${()=>this.view.choosePaper()}>
          ${V(e,`dossier.signature.paperDone`)}
        </button>
      </div>
      <p class="help">${V(e,`dossier.signature.after`)}</p>
    </section>`}};E([O()],yn.prototype,`method`,void 0),E([O()],yn.prototype,`code`,void 0),yn=E([T(`certinomis-dossier-signature`)],yn);var bn=[`awaiting_paper`,`in_review`,`awaiting_payment`],xn=class extends J{render(){let{locale:e}=this,{context:t,dossier:n}=this.view,r=bn.includes(n.status)?Ht(t).filter(e=>e!==`dossier_incomplete`&&e!==`not_signed`):[],i=t.refusalReason??t.cancelReason;return C`
      ${this.heading(V(e,`dossier.summary.title`))}
      <p class="note">${V(e,`dossier.summary.readOnly`)}</p>
      ${r.length>0?C`<div data-waiting>
              <p><strong>${V(e,`dossier.summary.waiting`)}</strong></p>
              <ul class="missing">
                ${r.map(t=>C`<li>${h(e,Ut(t))}</li>`)}
              </ul>
            </div>`:g}
      ${t.certificate?C`<p class="ok">
              ${V(e,`dossier.summary.certificate`,{serial:t.certificate.serialNumber,date:H(t.certificate.notAfter,e)})}
            </p>`:g}
      ${(n.status===`refused`||n.status===`cancelled`)&&i?C`<p class="error">${V(e,`dossier.summary.reason`,{reason:i})}</p>`:g}
      ${t.identityStatus===`refused`&&t.identity?.method===`online`?ln(this.view,!0):g}
      ${n.status===`awaiting_paper`?C`<section class="card">${vn(this.view)}</section>`:g}
      <div class="summary">${gn(this.view)}</div>
    `}};xn=E([T(`certinomis-dossier-summary`)],xn);var Sn=60,Cn=()=>({sentTo:null,expiresAt:null,resendIn:0,requesting:!1,confirming:!1,pdf:`idle`}),Q=class extends b{constructor(...e){super(...e),this.dossierId=``,this.accessToken=``,this.api=``,this.locale=`fr`,this.partnerKey=null,this.load={state:`idle`},this.dossier=null,this.step=null,this.errors=/* @__PURE__ */ new Map,this.unplaced=[],this.busy=!1,this.upload={state:`idle`},this.signature=Cn(),this.notice=null,this.failure=null,this.payee=null,this.announcement=``,this.abort=null,this.pendingFocus=null,this.ticker=null}static{this.styles=[_,$t]}get current(){return this.dossier}get loc(){return he(this.locale)}willUpdate(e){(!this.client||e.has(`api`)||e.has(`locale`)||e.has(`partnerKey`))&&(this.client=new Ce({baseUrl:this.api||globalThis.location.origin,partnerKey:this.partnerKey,locale:this.loc})),e.has(`dossierId`)&&e.get(`dossierId`)&&(this.dossier=null,this.step=null,this.errors=/* @__PURE__ */ new Map,this.notice=null,this.failure=null,this.upload={state:`idle`},this.signature=Cn(),this.stopTicker()),(e.has(`dossierId`)||e.has(`accessToken`)||e.has(`api`)||e.has(`locale`))&&this.dossierId&&this.accessToken&&this.reload()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort(),this.stopTicker()}async reload(e=null){this.abort?.abort();let t=new AbortController;this.abort=t,this.dossier||(this.load={state:`loading`});try{let n=await this.client.getDossier(this.dossierId,this.accessToken,t.signal);if(t.signal.aborted)return;this.errors=/* @__PURE__ */ new Map,this.failure=null,this.notice=e,this.apply(n),this.load={state:`ready`},e&&(this.pendingFocus=`heading`,this.announce(e))}catch(e){if(t.signal.aborted)return;let n=e instanceof x?e:new x(0,null);this.load={state:`error`,error:n},this.emitError(n)}}apply(e,t){let n=this.dossier;this.dossier=e,this.payee=e.payee;let r=e.editable&&Pt(e.step)?e.step:null,i=t&&e.editable?t:r;i!==this.step&&(n!==null&&(this.pendingFocus=`heading`),this.step=i);let a=W(e);if(a.codeSentAt===null||a.codeSentForVersion!==e.version)this.signature.sentTo!==null&&(this.signature={...this.signature,sentTo:null,expiresAt:null});else if(n===null||n.id!==e.id){let e=(Date.now()-Date.parse(a.codeSentAt??``))/1e3;this.countDown(Math.max(0,Math.ceil(Sn-e)))}n?.id===e.id&&n.editable&&!e.editable&&this.dispatchEvent(new CustomEvent(`certinomis:dossier-submitted`,{detail:{id:e.id,status:e.status},bubbles:!0,composed:!0}))}async run(e,t){this.busy=!0,this.notice=null,this.failure=null;try{let n=await e();return this.errors=/* @__PURE__ */ new Map,this.apply(n,t),n}catch(e){return await this.fail(e),null}finally{this.busy=!1}}send(e,t){let n=this.dossier;return n?this.run(()=>this.client.sendDossierEvent(n.id,this.accessToken,n.version,e),t):Promise.resolve(null)}async next(){let e=this.dossier,t=this.screen(),n=this.step;if(!e||!t||!n||this.busy)return;let r=t.draft(),i=this.saveIssues(n,r);i.length>0?this.showIssues(i):await this.send({type:`dossier.save`,step:n,data:r})}saveIssues(e,t){let n=this.dossier;if(!n)return[];let r=W(n),i=Kt(r,e,t);if(!i.ok)return i.issues;if(e!==`identity`)return[];let a=i.value;return B({...r,identity:a}).filter(e=>e.field===`identity.document`)}back(){let e=L[(this.step?L.indexOf(this.step):-1)-1];e&&!this.busy&&this.goTo(e)}async goTo(e){this.busy||await this.send({type:`dossier.goTo`,step:e})}async uploadDocument(e){let t=this.dossier;if(!t||this.busy)return;let{loc:n}=this,r=e.size===0?h(n,`validation.file_required`):e.size>10485760?h(n,`problem.file_too_large.detail`):e.type!==``&&!cn.includes(e.type)?h(n,`problem.file_type.detail`):null;if(r){this.refuse(`file`,r);return}let i=this.step??void 0;if(t.editable&&W(t).identity?.method!==`online`&&!await this.send({type:`dossier.save`,step:`identity`,data:{method:`online`}},i))return;let a=this.dossier;if(!a)return;this.upload={state:`sending`,percent:0},this.announce(V(n,`dossier.identity.sending`,{percent:0}));let o=await this.run(()=>this.client.uploadDossierDocument(a.id,this.accessToken,e,{version:a.version,onProgress:(e,t)=>{let n=t>0?Math.min(100,Math.round(e/t*100)):0;this.upload={state:`sending`,percent:n}}}),i);this.upload={state:`idle`};let s=o?.documents[0]?.uploadedAt;s&&this.announce(V(n,`dossier.identity.received`,{date:H(s,n),time:U(s,n)}))}async chooseSignature(e){this.busy||await this.send({type:`dossier.save`,step:`signature`,data:{method:e}},`signature`)}async requestCode(){let e=this.dossier;if(!(!e||this.busy||this.signature.requesting)){this.signature={...this.signature,requesting:!0},this.busy=!0,this.failure=null,this.notice=null;try{let t=await this.client.requestSignatureCode(e.id,this.accessToken,e.version);this.errors=/* @__PURE__ */ new Map,this.apply(t.dossier,`signature`),this.signature={...this.signature,sentTo:t.sentTo,expiresAt:t.expiresAt},this.countDown(Sn),this.announce(V(this.loc,`dossier.signature.codeSent`,{phone:t.sentTo,time:U(t.expiresAt,this.loc)}))}catch(e){if(e instanceof x&&e.status===429){let t=e.retryAfter??Sn;this.refuse(`signature.code`,V(this.loc,`dossier.throttled`,{n:t}),!1),this.countDown(t)}else await this.fail(e)}finally{this.busy=!1,this.signature={...this.signature,requesting:!1}}}}async confirmCode(e){let t=this.dossier;if(!t||this.busy)return;let n=e.replace(/\s/g,``);/^\d{6}$/.test(n)?(this.signature={...this.signature,confirming:!0},await this.run(()=>this.client.confirmSignature(t.id,this.accessToken,t.version,n)),this.signature={...this.signature,confirming:!1}):this.refuse(`code`,h(this.loc,`validation.code_format`))}async downloadPdf(){let e=this.dossier;if(e&&this.signature.pdf!==`loading`){this.signature={...this.signature,pdf:`loading`};try{let{blob:t,fileName:n}=await this.client.getDossierPdf(e.id,this.accessToken),r=URL.createObjectURL(t),i=document.createElement(`a`);i.href=r,i.download=n,i.hidden=!0,this.renderRoot.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(r),6e4),this.signature={...this.signature,pdf:`done`},this.announce(V(this.loc,`dossier.signature.downloaded`))}catch(e){this.signature={...this.signature,pdf:`idle`},await this.fail(e)}}}async choosePaper(){this.busy||await this.send({type:`signature.choosePaper`})}async fail(e){let t=e instanceof x?e:new x(0,null),{loc:n}=this,r=t.problem;switch(t.status){case 409:await this.reload(V(n,`dossier.stale`));return;case 422:if(r?.errors?.length){this.showErrors(r.errors.map(e=>[e.field,e.message]));return}break;case 413:case 415:this.refuse(`file`,r?.detail??r?.title??``);return;case 429:this.setFailure(V(n,`dossier.throttled`,{n:t.retryAfter??60}));return;case 401:this.setFailure(V(n,`dossier.sessionExpired`)),this.emitError(t);return}t.status===0||t.status>=500?(this.setFailure(V(n,t.status===0?`dossier.unreachable`:`dossier.failed`)),this.emitError(t)):this.setFailure(r?.detail??r?.title??V(n,`dossier.failed`))}setFailure(e){this.failure=e}showIssues(e){this.showErrors(e.map(e=>[e.field,h(this.loc,e.key,e.params)]))}showErrors(e,t=!0){this.errors=new Map(e);let[n]=e;if(n){let t=en(this.loc,n[0]);this.announce(V(this.loc,`dossier.errors`,{n:e.length,first:t?`${t} : ${n[1]}`:n[1]}))}t&&(this.pendingFocus=`error`)}refuse(e,t,n=!0){this.showErrors([[e,t]],n)}clearErrors(e){if(this.errors.size===0)return;let t=[...this.errors].filter(([t])=>t!==e&&!t.startsWith(`${e}.`));t.length!==this.errors.size&&(this.errors=new Map(t))}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}emitError(e){this.dispatchEvent(new CustomEvent(`certinomis:error`,{detail:{status:e.status,title:e.problem?.title??e.message},bubbles:!0,composed:!0}))}countDown(e){if(this.signature={...this.signature,resendIn:e},this.stopTicker(),e<=0)return;let t=Date.now()+e*1e3;this.ticker=setInterval(()=>{let e=Math.max(0,Math.ceil((t-Date.now())/1e3));this.signature={...this.signature,resendIn:e},e===0&&this.stopTicker()},1e3)}stopTicker(){this.ticker!==null&&clearInterval(this.ticker),this.ticker=null}screen(){return this.renderRoot.querySelector(`[data-screen]`)}async updated(e){let t=this.screen();if(e.has(`errors`)||e.has(`step`)){await t?.updateComplete;let e=[...this.errors].filter(([e])=>!t?.showsError(e));(e.length>0||this.unplaced.length>0)&&(this.unplaced=e)}let n=this.pendingFocus;n&&(this.pendingFocus=null,t&&(await t.updateComplete,n===`error`&&await t.focusFirstError()||await t.focusHeading()))}render(){let{loc:e}=this,t=C`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.announcement}
    </div>`;if(this.load.state===`error`){let{error:t}=this.load,n=t.status===401?V(e,`dossier.sessionExpired`):t.status===404?V(e,`dossier.notFound`):t.status===0?V(e,`dossier.unreachable`):V(e,`dossier.failed`);return C`<div class="error" role="alert">
        <strong>${n}</strong>
        ${t.status===0||t.status>=500?C`<p></p><button type="button" class="primary" @click=${()=>this.reload()}>
                ${V(e,`dossier.retry`)}
              </button>`:g}
      </div>`}let n=this.dossier;if(!n)return C`<div class="status" role="status" aria-live="polite">
        ${V(e,`dossier.loading`)}
      </div>`;let r=W(n),i={locale:e,dossier:n,context:r,errors:this.errors,busy:this.busy,upload:this.upload,signature:this.signature,payee:this.payee,clearErrors:e=>this.clearErrors(e),goTo:e=>void this.goTo(e),uploadDocument:e=>void this.uploadDocument(e),refuse:(e,t)=>this.refuse(e,t),chooseSignature:e=>void this.chooseSignature(e),requestCode:()=>void this.requestCode(),confirmCode:e=>void this.confirmCode(e),downloadPdf:()=>void this.downloadPdf(),choosePaper:()=>void this.choosePaper()},a=new Set(B(r).map(e=>e.field.split(`.`)[0])),o=L.filter(e=>e===`signature`?r.signedAt!==null:!a.has(e));return C`<div class="frame" aria-busy=${this.busy?`true`:`false`}>
        <header>
          <div>
            <p class="title">${V(e,`dossier.title`)}</p>
            <p class="order-line">
              ${V(e,`dossier.orderLine`,{product:n.productLabel,reference:n.orderReference,date:H(n.orderDate,e),position:n.position,quantity:n.quantity})}
            </p>
          </div>
          <p>
            <span class="visually-hidden">${V(e,`dossier.status`)} :</span>
            <span class="badge ${n.status}" part="status" data-status=${n.status}
              >${n.statusLabel}</span
            >
          </p>
        </header>
        ${n.editable?C`<certinomis-dossier-stepper
          exportparts="step"
          locale=${e}
          .current=${this.step}
          .reachable=${zt(r)}
          .complete=${o}
          ?disabled=${this.busy}
          @certinomis-dossier-goto=${e=>void this.goTo(e.detail.step)}
        ></certinomis-dossier-stepper>`:g}
        ${this.notice?C`<div class="notice" role="alert" data-notice><p>${this.notice}</p></div>`:g}
        ${this.failure?C`<div class="error" role="alert" data-failure><strong>${this.failure}</strong></div>`:g}
        ${this.unplaced.length>0?C`<div class="error" data-errors>
                <strong>${me(e,`review.fix`)}</strong>
                <ul>
                  ${this.unplaced.map(([t,n])=>{let r=en(e,t);return C`<li>${r?`${r} : `:``}${n}</li>`})}
                </ul>
              </div>`:g}
        ${this.renderScreen(i)}
        ${this.renderButtons(n)}
      </div>
      ${t}`}renderScreen(e){switch(this.step){case`organisation`:return C`<certinomis-dossier-organisation data-screen exportparts="field" .view=${e}></certinomis-dossier-organisation>`;case`mandataire`:return C`<certinomis-dossier-mandataire data-screen exportparts="field" .view=${e}></certinomis-dossier-mandataire>`;case`beneficiaire`:return C`<certinomis-dossier-beneficiaire data-screen exportparts="field" .view=${e}></certinomis-dossier-beneficiaire>`;case`delivery`:return C`<certinomis-dossier-delivery data-screen .view=${e}></certinomis-dossier-delivery>`;case`identity`:return C`<certinomis-dossier-identity data-screen .view=${e}></certinomis-dossier-identity>`;case`signature`:return C`<certinomis-dossier-signature data-screen exportparts="field" .view=${e}></certinomis-dossier-signature>`;default:return C`<certinomis-dossier-summary data-screen .view=${e}></certinomis-dossier-summary>`}}renderButtons(e){if(!e.editable||!this.step)return g;let t=[];return this.step!==`organisation`&&t.push(`back`),this.step!==`signature`&&t.push(`next`),C`<certinomis-button-bar
      part="buttons"
      locale=${this.loc}
      .actions=${t}
      ?busy=${this.busy}
      @certinomis-action=${e=>{e.detail.action===`next`&&this.next(),e.detail.action===`back`&&this.back()}}
    ></certinomis-button-bar>`}};E([S({attribute:`dossier-id`})],Q.prototype,`dossierId`,void 0),E([S({attribute:!1})],Q.prototype,`accessToken`,void 0),E([S()],Q.prototype,`api`,void 0),E([S()],Q.prototype,`locale`,void 0),E([S({attribute:`partner-key`})],Q.prototype,`partnerKey`,void 0),E([O()],Q.prototype,`load`,void 0),E([O()],Q.prototype,`dossier`,void 0),E([O()],Q.prototype,`step`,void 0),E([O()],Q.prototype,`errors`,void 0),E([O()],Q.prototype,`unplaced`,void 0),E([O()],Q.prototype,`busy`,void 0),E([O()],Q.prototype,`upload`,void 0),E([O()],Q.prototype,`signature`,void 0),E([O()],Q.prototype,`notice`,void 0),E([O()],Q.prototype,`failure`,void 0),E([O()],Q.prototype,`payee`,void 0),E([O()],Q.prototype,`announcement`,void 0),Q=E([T(`certinomis-dossier`)],Q);function wn(e){let t=async t=>{try{return await t(e())}catch(e){throw Je(e)}};return Pe.provide({actors:{startLogin:v(({input:e,signal:n})=>t(t=>t.startLogin(e,n))),pollLogin:v(({input:e,signal:n})=>t(t=>t.pollLogin(e.loginAttemptId,n))),verifyLogin:v(({input:e,signal:n})=>t(t=>t.verifyLogin(e.token,e.loginAttemptId,n))),register:v(({input:e,signal:n})=>t(t=>t.register(e,n))),verifyEmail:v(({input:e,signal:n})=>t(t=>t.verifyEmail(e.token,n))),requestReset:v(({input:e,signal:n})=>t(t=>t.requestReset(e.email,n))),confirmReset:v(({input:e,signal:n})=>t(t=>t.confirmReset(e.token,e.password,n))),denyLogin:v(({input:e,signal:n})=>t(t=>t.denyLogin(e.token,n))),loadAccount:v(({input:e,signal:n})=>t(t=>t.me(e.accessToken,n))),logout:v(({input:e,signal:n})=>t(t=>t.logout(e.accessToken,n)))}})}function Tn(e){return`certinomis-order:space:${e}`}function En(){try{return globalThis.sessionStorage??null}catch{return null}}var Dn=e=>typeof e==`object`&&!!e&&!Array.isArray(e),On=e=>Dn(e)&&typeof e.accessToken==`string`&&typeof e.expiresAt==`string`,kn=e=>Dn(e)&&typeof e.loginAttemptId==`string`&&typeof e.expiresAt==`string`;function An(e){try{let t=JSON.parse(En()?.getItem(e)??`null`);return!Dn(t)||t.v!==1?null:{v:1,email:typeof t.email==`string`?t.email:``,session:On(t.session)?t.session:null,attempt:kn(t.attempt)?t.attempt:null}}catch{return null}}function jn(e,t){try{!t.email&&!t.session&&!t.attempt?En()?.removeItem(e):En()?.setItem(e,JSON.stringify(t))}catch{}}var Mn=[`login`,`verify`,`reset`,`deny`],Nn=[{locale:`fr`,name:`Français`},{locale:`en`,name:`English`}],Pn=[`dashboard`,`dashboardAll`,`loggingOut`];function Fn(){let e;try{e=new URL(globalThis.location.href)}catch{return{link:null,email:null,order:null}}let t=e.searchParams,n=null,r=!1;for(let e of Mn){let i=t.get(e);i!==null&&(r=!0,i&&!n&&(n={kind:e,token:i}),t.delete(e))}if(r)try{let n=t.toString();history.replaceState(history.state,``,`${e.pathname}${n?`?${n}`:``}${e.hash}`)}catch{}return{link:n,email:t.get(`email`),order:t.get(`order`)}}var $=class extends b{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=`fr`,this.brand=null,this.openDossierId=null,this.announcement=``,this.flow=null,this.client=null,this.storageKey=``,this.lastScreen=null,this.pendingFocus=!1,this.closeDossier=()=>{this.openDossierId=null,this.pendingFocus=!0},this.onDossierError=e=>{e.detail.status===401&&(this.openDossierId=null,this.send({type:`space.sessionExpired`}))}}static{this.styles=[_,We,_e]}get screen(){return Ne(this.flow?.snapshot.value)}get baseUrl(){return new URL(this.api||globalThis.location.origin,globalThis.location.href).toString()}get requests(){let{baseUrl:e,partnerKey:t,locale:n}=this,r=this.client?.options;return this.client&&r?.baseUrl===e&&r.partnerKey===t&&r.locale===n||(this.client=new Ye({baseUrl:e,partnerKey:t,locale:n,onTrouble:e=>this.emit(`certinomis:error`,{status:e.status,title:e.message??j(this.locale,`space.network`)})})),this.client}connectedCallback(){this.flow??=this.createFlow(),super.connectedCallback()}disconnectedCallback(){super.disconnectedCallback(),queueMicrotask(()=>{let e=this.flow;!this.isConnected&&e&&(e.actor.stop(),this.removeController(e),this.flow=null,this.lastScreen=null)})}createFlow(){let e=Fn();this.storageKey=Tn(this.baseUrl);let t=An(this.storageKey),n=wn(()=>this.requests);return new Ee(this,n,{input:{email:e.email??t?.email??``,order:e.order,link:e.link,session:t?.session??null,attempt:t?.attempt??null},onChange:e=>this.onFlowChange(e)})}onFlowChange(e){let{email:t,session:n,attempt:r}=e.context;jn(this.storageKey,{v:1,email:t,session:n,attempt:r});let i=Ne(e.value);i!==this.lastScreen&&(this.lastScreen!==null&&(this.pendingFocus=!0),this.lastScreen=i,this.emit(`certinomis:step`,{step:i,mode:`space`}))}send(e){this.flow?.send(e)}render(){let e=this.flow;if(!e)return g;let{locale:t}=this,n=e.snapshot,r=Ne(n.value),i={locale:t,context:n.context,busy:n.hasTag(`busy`),send:e=>this.send(e),api:this.requests,session:n.context.session,announce:e=>this.announce(e),openDossier:e=>{this.emit(`certinomis:dossier-open`,{id:e}),this.openDossierId=e,this.pendingFocus=!0}};return C`<div class="frame" lang=${t}>
        <header>
          ${this.renderTitle(t)}
          <div class="lang">
            <label for="language">${j(t,`space.language`)}</label>
            <select id="language" part="language" @change=${this.onLanguage}>
              ${Nn.map(e=>C`<option
                    value=${e.locale}
                    lang=${e.locale}
                    ?selected=${e.locale===t}
                  >
                    ${e.name}
                  </option>`)}
            </select>
          </div>
          ${Pn.includes(r)?this.renderAccount(i):g}
        </header>
        ${this.renderScreen(r,i)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}renderTitle(e){let t=this.brand??we(null,this.baseUrl);return C`<div class="heading">
      ${xe(t,e)}
      <p class="title">${j(e,`space.title`,{name:t.branding.displayName})}</p>
      ${fe(t,e)}
    </div>`}renderAccount(e){let t=e.context.account?.email??e.context.email;return C`<div class="account" role="group" aria-label=${j(e.locale,`account.label`)}>
      <p>${j(e.locale,`account.email`,{email:t})}</p>
      <button
        type="button"
        part="logout"
        ?disabled=${e.busy}
        @click=${()=>this.send({type:`space.logout`})}
      >
        ${j(e.locale,`account.logout`)}
      </button>
    </div>`}renderScreen(e,t){switch(e){case`login`:return C`<certinomis-space-login data-screen exportparts="field, submit" .view=${t}></certinomis-space-login>`;case`register`:return C`<certinomis-space-register data-screen exportparts="field, submit" .view=${t}></certinomis-space-register>`;case`forgotPassword`:return C`<certinomis-space-forgot-password data-screen exportparts="field, submit" .view=${t}></certinomis-space-forgot-password>`;case`resetPassword`:return C`<certinomis-space-reset-password data-screen exportparts="field, submit" .view=${t}></certinomis-space-reset-password>`;case`denyLogin`:case`loginDenied`:return C`<certinomis-space-deny-login
          data-screen
          exportparts="submit"
          ?denied=${e===`loginDenied`}
          .view=${t}
        ></certinomis-space-deny-login>`;case`awaitingLink`:return C`<certinomis-space-awaiting-link data-screen .view=${t}></certinomis-space-awaiting-link>`;case`dashboard`:case`dashboardAll`:return this.openDossierId&&t.session?this.renderDossier(this.openDossierId,t):e===`dashboard`?C`<certinomis-space-dashboard data-screen exportparts="dossier-button" .view=${t}></certinomis-space-dashboard>`:C`<certinomis-space-dossiers data-screen exportparts="field, dossier-button" .view=${t}></certinomis-space-dossiers>`;default:return C`<certinomis-space-message
          data-screen
          kind=${e}
          .view=${t}
        ></certinomis-space-message>`}}renderDossier(e,t){return C`<div class="dossier-frame">
      <button type="button" class="link back" @click=${this.closeDossier}>
        ${j(t.locale,`dossier.back`)}
      </button>
      <certinomis-dossier
        data-dossier
        .dossierId=${e}
        .accessToken=${t.session?.accessToken??``}
        api=${this.api}
        locale=${t.locale}
        partner-key=${this.partnerKey??g}
        exportparts="field, buttons"
        @certinomis:error=${this.onDossierError}
      ></certinomis-dossier>
    </div>`}onLanguage(e){let t=e.target.value===`en`?`en`:`fr`;t!==this.locale&&this.emit(`certinomis:locale`,{locale:t})}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){if(!this.pendingFocus)return;this.pendingFocus=!1;let e=this.renderRoot.querySelector(`[data-screen]`);e&&(await e.updateComplete,await e.focusHeading())}emit(e,t){this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}};E([S()],$.prototype,`api`,void 0),E([S({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),E([S()],$.prototype,`locale`,void 0),E([S({attribute:!1})],$.prototype,`brand`,void 0),E([O()],$.prototype,`openDossierId`,void 0),E([O()],$.prototype,`announcement`,void 0),$=E([T(`certinomis-client-space`)],$);
//# sourceMappingURL=client-space-DTKf6cy3.js.map