import{A as e,C as t,D as n,F as r,I as i,L as a,M as o,N as s,P as c,S as ee,V as l,b as te,g as u,h as d,j as ne,k as f,w as re,z as p}from"./certinomis-order.js";import{f as ie,l as ae,n as m,o as oe,p as se,t as ce}from"./date-time-CPst7M_h.js";import{a as le,c as h,d as ue,i as de,l as g,n as fe,o as _,r as pe,s as me,u as he}from"./client-space-CNcnV1wE.js";import{A as v,E as ge,H as _e,I as ve,K as ye,L as y,M as be,N as xe,P as b,R as x,T as Se,_ as S,a as C,b as Ce,d as w,i as T,j as we,n as E,q as D,t as Te,u as Ee,w as O,y as De}from"./machine-controller-DopOd4qV.js";import"./purchase-shared-BqDOY6g7.js";import{t as k}from"./plural-DheKwRht.js";function A(e,t,n){return ce(e,t,n,`day`)}function j(e,t,n){return ce(e,t,n,`time`)}var M=t({fr:{"await.heading":`Vérifiez votre boîte mail`,"await.sent":`Un lien de connexion vient d’être envoyé à {email}.`,"await.explain":`Cliquez sur le lien présent dans le mail pour vous connecter à votre espace. Vous pouvez l’ouvrir sur cet appareil ou sur un autre : cette fenêtre se connectera d’elle-même.`,"await.until":`Le lien est valable jusqu’à {time} et ne sert qu’une fois.`,"await.waiting":`En attente de l’ouverture du lien…`,"await.spam":`Rien reçu ? Vérifiez vos courriers indésirables, ou reconnectez-vous pour recevoir un nouveau lien.`,"verifying.login":`Connexion en cours…`,"verifying.email":`Confirmation de votre adresse e-mail…`,"approved.heading":`Connexion approuvée`,"approved.text":`Connexion approuvée : retournez dans la fenêtre où vous avez saisi votre mot de passe, elle se connecte d’elle-même.`,"approved.close":`Vous pouvez fermer cette fenêtre.`,"approved.here":`Se connecter dans cette fenêtre`,"linkInvalid.heading":`Lien invalide ou expiré`,"linkInvalid.text":`Ce lien de connexion n’est plus valable : il a déjà servi ou il a expiré (15 minutes).`,"linkInvalid.again":`Connectez-vous à nouveau pour recevoir un nouveau lien.`,"register.heading":`S’enregistrer`,"register.intro":`Pour compléter votre commande, créez votre compte avec l’adresse e-mail renseignée lors de la prise de commande.`,"register.emailHelp":`Indiquez l’adresse e-mail utilisée pour la commande : c’est elle qui relie votre compte à vos dossiers.`,"register.passwordHelp":`Au moins 8 caractères. Une phrase facile à retenir fait un bon mot de passe.`,"register.submit":`S’enregistrer`,"register.submitting":`Enregistrement…`,"register.haveAccount":`Déjà un compte ?`,"registered.heading":`Confirmez votre adresse`,"registered.text":`Si cette adresse a passé commande, vous allez recevoir un e-mail pour confirmer votre compte.`,"registered.next":`Cliquez sur le lien de cet e-mail, puis connectez-vous.`,"forgot.heading":`Mot de passe oublié`,"forgot.intro":`Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.`,"forgot.submit":`Envoyer le lien`,"forgot.submitting":`Envoi…`,"resetRequested.heading":`Vérifiez votre boîte mail`,"resetRequested.text":`Si un compte existe pour cette adresse, vous allez recevoir un e-mail pour choisir un nouveau mot de passe.`,"resetRequested.next":`Le lien est valable 30 minutes et ne sert qu’une fois.`,"reset.heading":`Nouveau mot de passe`,"reset.intro":`Choisissez le nouveau mot de passe de votre compte.`,"reset.submit":`Enregistrer le mot de passe`,"reset.submitting":`Enregistrement…`,"reset.newLink":`Demander un nouveau lien`,"account.label":`Votre compte`,"account.email":`Connecté : {email}`,"account.logout":`Se déconnecter`,"dossier.back":`← Retour au tableau de bord`,"done.heading":`C’est fait : le dossier {reference} n° {n} est signé.`,"done.signed":`C’est fait : le dossier est signé.`,"done.next":`Dossier suivant à compléter : {reference} n° {n}.`,"done.open":`Compléter le dossier suivant`,"done.none":`Vous n’avez plus de dossier à compléter.`,"deny.heading":`Ce n’était pas vous ?`,"deny.intro":`Vous avez ouvert le lien « Ce n’était pas moi » d’un e-mail de connexion. Confirmez pour annuler cette tentative de connexion : son lien ne fonctionnera plus, et la fenêtre qui l’attend en sera avertie.`,"deny.keep":`Si c’était bien vous, ne faites rien : revenez simplement à la connexion.`,"deny.submit":`Oui, annuler cette connexion`,"deny.submitting":`Annulation…`,"deny.invalid":`Ce lien n’est plus valable : la connexion a déjà été annulée, ou le lien a expiré (7 jours).`,"denied.heading":`Connexion annulée`,"denied.text":`La tentative de connexion est annulée : son lien ne fonctionne plus, et si elle avait ouvert une session, celle-ci est fermée.`,"denied.advice":`Quelqu’un connaît votre mot de passe : changez-le dès maintenant avec « Mot de passe oublié ». Ne cliquez jamais sur un lien de connexion que vous n’avez pas demandé.`,"denied.change":`Changer mon mot de passe`},en:()=>f(`widget/i18n/space-screens-en.ts`,()=>import(`./space-screens-en-_HsRGMXQ.js`)).then(e=>e.spaceScreensEn)}),N=M.text,Oe=M.parts,P=class extends de{t(e,t){return M.has(e)?M.text(this.view.locale,e,t):super.t(e,t)}},ke=class extends P{render(){let{context:e,locale:t,send:n}=this.view,r=e.email,i=e.attempt?.expiresAt;return p`
<h2 tabindex="-1">${this.t(`await.heading`)}</h2>
${r?p`<p>
${Oe(t,`await.sent`,{email:p`<strong class="address">${r}</strong>`})}
</p>`:a}
<p>${this.t(`await.explain`)}</p>
${i?p`<p class="help">${this.t(`await.until`,{time:j(i,t,m)})}</p>`:a}
<p class="waiting" role="status">
<span class="spinner" aria-hidden="true"></span>${this.t(`await.waiting`)}
</p>
<p class="help">${this.t(`await.spam`)}</p>
<div class="actions">
<button type="button" class="secondary" @click=${()=>n({type:`space.showLogin`})}>
${this.t(`space.backToLogin`)}
</button>
</div>
`}};ke=d([r(`certinomis-space-awaiting-link`)],ke);var Ae={"dashboard.heading":`Tableau de bord`,"dossiers.heading":`Vos demandes de certificats à compléter`,"dossiers.all":`Voir tout`,"dossiers.product":`Nom produit`,"dossiers.status":`Statut`,"dossiers.action":`Action`,"dossiers.row":`{product} — {reference} du {date}`,"dossiers.open":`Compléter le dossier {reference} n° {n}`,"dossiers.view":`Voir le dossier {reference} n° {n}`,"dossiers.viewShort":`Voir`,"dossiers.position":`n° {n} / {total}`,"dossiers.beneficiary":`pour {name}`,"dossiers.empty":`Aucune demande de certificat pour le moment.`,"dossiers.emptyFilter":`Aucune demande avec ce statut.`,"dossiers.loading":`Chargement des demandes…`,"dossiers.failed":`La liste n’a pas pu être chargée.`,"dossiers.retry":te.retry,"dossiers.allHeading":`Toutes vos demandes de certificats`,"dossiers.filter":`Statut`,"dossiers.filterAll":`Tous les statuts`,"dossiers.more":`Afficher plus`,"dossiers.shown":`{n} demandes affichées.`,"dossiers.shown.one":`{n} demande affichée.`,"dossiers.back":`← Tableau de bord`,"certificates.heading":`Prochaines échéances des certificats`,"certificates.identity":`Identité`,"certificates.beneficiary":`Bénéficiaire`,"certificates.status":`Statut`,"certificates.expiry":`Expiration`,"certificates.empty":`PAS DE DONNÉES`,"renewal.button":`Renouveler`,"renewal.buttonLabel":`Renouveler le certificat {reference} de {name}`,"renewal.renewedBy":`Renouvelé → n° {reference}`,"renewal.of":`Renouvellement de {reference}`,"renewal.heading":`Renouvellement du certificat {reference}`,"renewal.intro":`La commande est pré-remplie à partir du certificat qui expire : vérifiez chaque étape. Si vous gardez votre support actuel, le lecteur USB n’est pas nécessaire.`,"renewal.back":`← Retour au tableau de bord`,"renewal.loading":`Chargement de la commande…`,"renewal.failed":`La commande n’a pas pu être chargée.`,"renewal.retry":`Réessayer`,"billing.heading":`Factures et avoirs`,"billing.document":`Document`,"billing.amount":`Montant TTC`,"billing.download":`Télécharger`,"billing.invoice":`Facture {number} — {reference} du {date}`,"billing.creditNote":`Avoir {number} sur la facture {invoice}, du {date}`,"billing.pdf":`PDF (Factur-X) de {number}`,"billing.xml":`XML de {number}`,"billing.empty":`Aucune facture pour le moment.`,"revocation.request":`Demander la révocation`,"revocation.requestLabel":`Demander la révocation du certificat de {name}`,"revocation.pending":`Révocation demandée`,"revocation.pendingHelp":`En attente de CERTINOMIS`,"revocation.refused":`Révocation refusée : le certificat reste valide.`,"revocation.heading":`Demander la révocation`,"revocation.subject":`Certificat de {name}, commande {reference}`,"revocation.warning":`La révocation est définitive : le certificat ne permettra plus de signer et ne pourra pas être réactivé. Il faudra en commander un nouveau.`,"revocation.reason":`Motif de la révocation`,"revocation.comment":`Commentaire (facultatif)`,"revocation.submit":`Envoyer la demande`,"revocation.submitting":`Envoi…`,"revocation.haveCode":`J’ai déjà reçu un code`,"revocation.close":`Fermer`,"revocation.sent":`Un code de révocation a été envoyé par e-mail au bénéficiaire et au mandataire ({n} destinataires). Saisissez-le avant le {date} à {time}.`,"revocation.sent.one":`Un code de révocation a été envoyé par e-mail au bénéficiaire, qui est aussi le mandataire. Saisissez-le avant le {date} à {time}.`,"revocation.codeIntro":`Saisissez le code de révocation reçu par e-mail par le bénéficiaire ou le mandataire (valable 72 heures).`,"revocation.code":`Code de révocation`,"revocation.codeHelp":`Reçu par e-mail, de la forme ABCD-EFGH-JKLM-NPQR-STUV.`,"revocation.confirm":`Confirmer la révocation`,"revocation.confirming":`Vérification…`,"revocation.restart":`Faire une nouvelle demande`,"revocation.done":`Votre demande de révocation est confirmée et transmise à CERTINOMIS, qui la traite en priorité. Le certificat reste « Révocation demandée » jusqu’à sa révocation ; vous en serez informé par e-mail.`,"revocation.doneAnnounce":`Révocation demandée pour le certificat de {name}.`,"revocation.revokedOn":`Révoqué le {date} : {reason}`,"revocationPage.heading":`Révoquer un certificat`,"revocationPage.intro":`Vous avez reçu un code de révocation par e-mail : saisissez-le pour confirmer la demande, sans compte ni accès à l’espace client.`,"revocationPage.done":`Merci. Si ce code correspond à une demande de révocation en cours, elle est confirmée et transmise à CERTINOMIS, qui la traite en priorité ; le bénéficiaire et le mandataire seront informés par e-mail de la révocation.`,"revocationPage.back":`Aller à l’espace client`},F=t({fr:Ae,en:()=>f(`widget/i18n/dashboard-en.ts`,()=>import(`./dashboard-en-MESsDGhk.js`)).then(e=>e.dashboardEn)}),I=F.text,je=F.parts,L=l`
section{
display:flex;
flex-direction:column;
gap:0.5rem;
min-width:0;
}

.section-head{
display:flex;
flex-wrap:wrap;
align-items:baseline;
justify-content:space-between;
gap:0.25rem 1rem;
}

.panels{
display:grid;
gap:calc(var(--_space) * 1.5);
grid-template-columns:minmax(0,1fr);
}

@container (min-width:52rem){
.panels{
grid-template-columns:minmax(0,1fr) minmax(0,1fr);
}
}

.scroll{
overflow-x:auto;
}

table{
width:100%;
border-collapse:collapse;
}

caption{
text-align:left;
}

th,
td{
text-align:left;
padding:0.5rem 0.5rem 0.5rem 0;
vertical-align:middle;
border-bottom:1px solid var(--_border);
}

thead th{
font-size:0.85rem;
color:var(--_muted);
}

.product{
font-weight:600;
}

.mono{
font-family:ui-monospace,Menlo,Consolas,monospace;
font-size:0.9em;
}

td.empty{
text-align:center;
color:var(--_muted);
font-weight:600;
letter-spacing:0.03em;
}

.badge{
display:inline-block;
padding:0.15rem 0.55rem;
border-radius:999px;
border:1px solid currentColor;
font-size:0.85rem;
font-weight:600;
line-height:1.4;
}


.badge.to_complete,
.badge.awaiting_paper,
.badge.awaiting_payment{
color:#7a4a00;
background:#fff4d6;
}

.badge.to_sign,
.badge.in_review{
color:#163e75;
background:#e3edfb;
}

.badge.issued,
.badge.shipped,
.badge.at_post_office{
color:#14532d;
background:#def7e5;
}

.badge.refused{
color:#8a1c12;
background:#fde4e1;
}

.badge.cancelled{
color:#3e4c59;
background:#e9edf1;
}

.badge.revoked{
color:#7f1d1d;
background:#fee2e2;
}


.revoked-on{
display:block;
margin-top:0.25rem;
font-size:0.9rem;
color:var(--_muted);
}

.icon-button{
display:inline-flex;
align-items:center;
justify-content:center;
min-width:44px;
min-height:44px;
padding:0;
background:var(--_surface);
color:var(--_primary);
border:1px solid var(--_border);
}

.icon-button svg{
width:1.25rem;
height:1.25rem;
}

.more{
align-self:flex-start;
}


td .sub{
display:block;
color:var(--_muted,#52606d);
font-size:0.9rem;
}


button.link.view{
min-width:44px;
min-height:44px;
}


.renewal-link{
display:block;
margin-top:0.25rem;
color:var(--_muted);
font-size:0.875em;
}

button.renew{
display:block;
margin-top:0.35rem;
min-height:44px;
}

.filter{
max-width:20rem;
}

@container (max-width:24rem){
th,
td{
padding-right:0.35rem;
}
}
`,R=class extends P{static{this.styles=[...P.styles,L]}t(e,t){return F.has(e)?F.text(this.view.locale,e,t):super.t(e,t)}},z=class extends Error{constructor(e){super(e.message??`HTTP ${e.status}`),this.failure=e,this.name=`SpaceRequestError`}};function B(e){return e instanceof z?e.failure:{status:0,message:null,fields:{},retryAfter:null}}var Me=class{constructor(e){this.options=e}startLogin(e,t){return this.call(`POST`,`/v1/auth/login`,e,t)}pollLogin(e,t){return this.call(`GET`,`/v1/auth/login/${encodeURIComponent(e)}`,void 0,t)}verifyLogin(e,t,n){return this.call(`POST`,`/v1/auth/verify`,t?{token:e,loginAttemptId:t}:{token:e},n)}async register(e,t){await this.call(`POST`,`/v1/auth/register`,{...e,locale:this.options.locale},t)}async verifyEmail(e,t){await this.call(`POST`,`/v1/auth/verify-email`,{token:e},t)}async requestReset(e,t){await this.call(`POST`,`/v1/auth/password-reset`,{email:e,locale:this.options.locale},t)}async denyLogin(e,t){await this.call(`POST`,`/v1/auth/login/deny`,{token:e},t)}async confirmReset(e,t,n){await this.call(`POST`,`/v1/auth/password-reset/confirm`,{token:e,password:t},n)}async logout(e,t){await this.call(`POST`,`/v1/auth/logout`,void 0,t,e)}me(e,t){return this.call(`GET`,`/v1/me`,void 0,t,e)}dossiers(e,t,n){let r=new URLSearchParams;t.status&&r.set(`status`,t.status),t.open&&r.set(`open`,`true`),t.cursor&&r.set(`cursor`,t.cursor),t.limit&&r.set(`limit`,String(t.limit));let i=r.toString()?`?${r}`:``;return this.call(`GET`,`/v1/me/dossiers${i}`,void 0,n,e)}certificates(e,t){return this.call(`GET`,`/v1/me/certificates`,void 0,t,e)}billingDocuments(e,t){return this.call(`GET`,`/v1/me/billing-documents`,void 0,t,e)}requestRevocation(e,t,n,r){let i=`/v1/certificates/${encodeURIComponent(t)}/revocation`;return this.call(`POST`,i,n,r,e)}async confirmRevocation(e,t,n,r){if(t===null){await this.call(`POST`,`/v1/revocations`,{code:n},r);return}let i=`/v1/certificates/${encodeURIComponent(t)}/revocation/confirm`;await this.call(`POST`,i,{code:n},r,e??void 0)}async download(e,t){let n={Authorization:`Bearer ${t}`};this.options.partnerKey&&(n[`X-Partner-Key`]=this.options.partnerKey);let r=new URL(this.options.baseUrl,globalThis.location?.href??`http://localhost/`);r.pathname.endsWith(`/`)||(r.pathname+=`/`);let i=await fetch(new URL(e.replace(/^\//,``),r),{headers:n});if(!i.ok)throw new z({status:i.status,message:null,fields:{},retryAfter:null});return i.blob()}async call(t,n,r,i,a){let o=null,s=new e({baseUrl:this.options.baseUrl,partnerKey:this.options.partnerKey,locale:this.options.locale,fetch:async(e,t)=>{let n=await fetch(e,t),r=Number(n.headers.get(`Retry-After`)??NaN);return o=Number.isFinite(r)?Math.max(1,Math.ceil(r)):null,n.status===204?new Response(`null`,{status:200,headers:{"Content-Type":`application/json`}}):n}});try{return await s.request(t,n,r,i,a?{Authorization:`Bearer ${a}`}:{})}catch(e){if(i?.aborted)throw e;let t=e instanceof ne?{status:e.status,message:e.problem?.detail??e.problem?.title??null,fields:Object.fromEntries((e.problem?.errors??[]).map(e=>[e.field,e.message])),retryAfter:o}:{status:0,message:null,fields:{},retryAfter:null};throw(t.status===0||t.status>=500)&&this.options.onTrouble?.(t),new z(t)}}},Ne={fr:new Intl.NumberFormat(`fr-FR`,{style:`currency`,currency:`EUR`}),en:new Intl.NumberFormat(`en-GB`,{style:`currency`,currency:`EUR`})},V=class extends R{constructor(...e){super(...e),this.items=`loading`,this.loaded=null}willUpdate(e){super.willUpdate(e);let t=this.view?.session?.accessToken??``;t&&t!==this.loaded&&(this.loaded=t,this.load(t))}async load(e){try{this.items=(await this.view.api.billingDocuments(e)).items}catch(e){B(e).status===401&&this.view.send({type:`space.sessionExpired`}),this.items=`error`}}async save(e,t){let n=this.view.session?.accessToken;if(!n)return;let r=URL.createObjectURL(await this.view.api.download(e,n)),i=document.createElement(`a`);i.href=r,i.download=t,i.click(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}render(){let{items:e}=this,t=this.view.locale;return e===`loading`?a:e===`error`?p`<p class="status" role="status">${this.t(`dossiers.failed`)}</p>`:p`<section aria-labelledby="billing-title">
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
${e.length===0?p`<tr><td class="empty" colspan="3">${this.t(`billing.empty`)}</td></tr>`:e.map(e=>{let n=A(e.issueDate,t,m),r=e.kind===`invoice`?this.t(`billing.invoice`,{number:e.number,reference:e.orderReference,date:n}):this.t(`billing.creditNote`,{number:e.number,invoice:e.invoiceNumber??``,date:n}),i=e.kind===`invoice`?`facture`:`avoir`;return p`<tr data-kind=${e.kind} data-number=${e.number}>
<td>${r}</td>
<td class="mono">${Ne[t].format(e.grandTotal/100)}</td>
<td>
<button type="button" class="link" aria-label=${this.t(`billing.pdf`,{number:e.number})}
@click=${()=>this.save(e.pdf,`${i}-${e.number}.pdf`)}>PDF</button>
<button type="button" class="link" aria-label=${this.t(`billing.xml`,{number:e.number})}
@click=${()=>this.save(e.xml,`${i}-${e.number}.xml`)}>XML</button>
</td>
</tr>`})}
</tbody>
</table>
</div>
</section>`}};d([s()],V.prototype,`items`,void 0),V=d([r(`certinomis-space-billing`)],V);var Pe=[`to_complete`,`to_sign`,`awaiting_paper`,`in_review`,`awaiting_payment`,`issued`,`shipped`,`at_post_office`,`revoked`,`refused`,`cancelled`],H=[`to_complete`,`to_sign`];function U(e){return C(async()=>{throw Error(`${e} not provided`)})}var Fe=E({types:{context:{},events:{},input:{}},actors:{requestRevocation:U(`requestRevocation`),confirmRevocation:U(`confirmRevocation`)},guards:{isPublic:({context:e})=>e.certificateId===null},actions:{clearFailure:T({failure:null})}}).createMachine({id:`revocation`,context:({input:e})=>({certificateId:e.certificateId,reason:null,comment:``,sent:null,failure:null}),initial:`start`,states:{start:{always:[{guard:`isPublic`,target:`code`},{target:`form`}]},form:{initial:`idle`,on:{"revocation.haveCode":{target:`code`,actions:`clearFailure`}},states:{idle:{on:{"revocation.request":{target:`requesting`,actions:[`clearFailure`,T({reason:({event:e})=>e.reason,comment:({event:e})=>e.comment})]}}},requesting:{tags:`busy`,invoke:{src:`requestRevocation`,input:({context:e})=>({certificateId:e.certificateId??``,reason:e.reason??`keyCompromise`,comment:e.comment}),onDone:{target:`#revocation.code`,actions:T({sent:({event:e})=>e.output})},onError:{target:`idle`,actions:T({failure:({event:e})=>g(e.error)})}}}}},code:{initial:`idle`,on:{"revocation.restart":{guard:({context:e})=>e.certificateId!==null,target:`form`,actions:[`clearFailure`,T({sent:null})]}},states:{idle:{on:{"revocation.confirm":{target:`confirming`,actions:`clearFailure`}}},confirming:{tags:`busy`,invoke:{src:`confirmRevocation`,input:({context:e,event:t})=>({certificateId:e.certificateId,code:t.type===`revocation.confirm`?t.code.trim():``}),onDone:`#revocation.done`,onError:{target:`idle`,actions:T({failure:({event:e})=>g(e.error)})}}}}},done:{type:`final`}}});function Ie(e){return e===`done`?`done`:typeof e==`object`&&e&&`code`in e||e===`code`?`code`:`form`}var Le=[`reason`,`comment`,`code`],W=class extends i{constructor(...e){super(...e),this.certificateId=null,this.timeZone=m,this.reason=null,this.comment=``,this.code=``,this.errors={},this.flow=null,this.lastStep=null,this.onRequest=async e=>{if(e.preventDefault(),this.flow?.snapshot.hasTag(`busy`))return;let t=y(se,{reason:this.reason??``,comment:this.comment});t.success?(this.errors={},this.send({type:`revocation.request`,...t.output})):await this.showErrors(t.issues)},this.onConfirm=async e=>{if(e.preventDefault(),this.flow?.snapshot.hasTag(`busy`))return;let t=y(ie,{code:this.code});t.success?(this.errors={},this.send({type:`revocation.confirm`,code:t.output.code})):await this.showErrors(t.issues)}}static{this.styles=[u,_,L,l`
fieldset{
border:1px solid var(--_border);
border-radius:var(--_radius);
margin:0;
padding:0.5rem var(--_space) 0.75rem;
display:flex;
flex-direction:column;
gap:0.4rem;
}
legend{
font-weight:600;
padding:0 0.25rem;
}
.choice{
display:flex;
gap:0.5rem;
align-items:flex-start;
}
.choice input{
margin-top:0.25rem;
}
textarea{
font:inherit;
width:100%;
box-sizing:border-box;
min-height:4.5rem;
padding:0.5rem;
border:1px solid var(--_border);
border-radius:var(--_radius);
}
label.text{
font-weight:600;
}
textarea:focus-visible{
outline:3px solid var(--_focus);
outline-offset:2px;
}
button.danger{
width:100%;
background:var(--_danger);
color:#ffffff;
border:1px solid var(--_danger);
font-weight:600;
}
.req,
.error{
color:var(--_danger);
font-weight:600;
margin:0;
}
`]}connectedCallback(){super.connectedCallback(),this.flow??=new Te(this,this.provided(),{input:{certificateId:this.certificateId},onChange:e=>{e.context.failure?.status===401&&this.certificateId&&this.view.send({type:`space.sessionExpired`});let t=Ie(e.value);if(t===this.lastStep)return;let n=this.lastStep===null;this.lastStep=t,t===`done`&&this.emit(`revocation-done`),n||this.focusStep()}})}disconnectedCallback(){super.disconnectedCallback(),queueMicrotask(()=>{this.isConnected||this.flow?.actor.stop()})}provided(){let e=()=>this.view,t=async e=>{try{return await e()}catch(e){throw B(e)}};return Fe.provide({actors:{requestRevocation:C(({input:n,signal:r})=>t(()=>e().api.requestRevocation(e().session?.accessToken??``,n.certificateId,{reason:n.reason,comment:n.comment},r))),confirmRevocation:C(({input:n,signal:r})=>t(()=>e().api.confirmRevocation(e().session?.accessToken??null,n.certificateId,n.code,r)))}})}t(e,t){return I(this.view.locale,e,t)}send(e){this.flow?.send(e)}async focusStep(){await this.updateComplete,this.renderRoot.querySelector(`[data-focus]`)?.focus()}render(){let e=this.flow;if(!e||!this.view)return a;let t=e.snapshot,n=t.hasTag(`busy`);switch(Ie(t.value)){case`form`:return this.renderForm(n);case`code`:return this.renderCode(n);case`done`:return p`<p class="notice" role="status" tabindex="-1" data-focus>
${this.t(this.certificateId?`revocation.done`:`revocationPage.done`)}
</p>
${this.certificateId?this.closeButton(`primary`):a}`}}failure(){let e=this.flow?.snapshot.context.failure??null;if(!e)return{own:{},general:null};let t={},n=[];for(let[r,i]of Object.entries(e.fields))Le.includes(r)?t[r]=i:n.push(i);let r=n.join(` `)||null;return Object.keys(e.fields).length===0&&(r=e.status===429?h(this.view.locale,`space.throttled`,{n:e.retryAfter??60}):e.status===0?h(this.view.locale,`space.network`):e.message??h(this.view.locale,`space.failed`)),{own:t,general:r}}renderGeneral(e){return e?p`<p class="alert" role="alert">${e}</p>`:a}renderForm(e){let{own:t,general:n}=this.failure(),r=this.errors.reason??t.reason,i=this.errors.comment??t.comment;return p`
      <p class="alert" id="warning" data-focus tabindex="-1">${this.t(`revocation.warning`)}</p>
      ${this.renderGeneral(n)}
      <form novalidate @submit=${this.onRequest}>
        <fieldset aria-describedby=${r?`reason-error`:a}>
          <legend>
            ${this.t(`revocation.reason`)}<span class="req" aria-hidden="true"> *</span>
          </legend>
          ${ae.map(e=>p`<label class="choice">
<input
type="radio"
name="reason"
value=${e}
required
aria-invalid=${r?`true`:`false`}
.checked=${this.reason===e}
@change=${()=>{this.reason=e,this.errors={...this.errors,reason:``}}}
/>
<span>${D(this.view.locale,`revocation.reason.${e}`)}</span>
</label>`)}
          ${r?p`<p class="error" id="reason-error">${r}</p>`:a}
        </fieldset>
        <div>
          <label class="text" for="comment">${this.t(`revocation.comment`)}</label>
          <textarea
            id="comment"
            name="comment"
            maxlength=${oe.reason}
            aria-invalid=${i?`true`:`false`}
            aria-describedby=${i?`comment-error`:a}
            .value=${this.comment}
            @input=${e=>{this.comment=e.target.value}}
          ></textarea>
          ${i?p`<p class="error" id="comment-error">${i}</p>`:a}
        </div>
        <button type="submit" class="danger" ?disabled=${e} aria-busy=${e?`true`:`false`}>
          ${this.t(e?`revocation.submitting`:`revocation.submit`)}
        </button>
      </form>
      <div class="actions">
        <button type="button" class="link" @click=${()=>this.send({type:`revocation.haveCode`})}>
          ${this.t(`revocation.haveCode`)}
        </button>
        ${this.closeButton(`secondary`)}
      </div>
    `}renderCode(e){let{own:t,general:n}=this.failure(),r=this.flow?.snapshot.context.sent??null,{locale:i}=this.view,o=r?this.t(k(i,r.sentTo,`revocation.sent`),{n:r.sentTo,date:A(r.expiresAt,i,this.timeZone),time:j(r.expiresAt,i,this.timeZone)}):this.t(this.certificateId?`revocation.codeIntro`:`revocationPage.intro`);return p`
<p class=${r?`notice`:`intro`} role=${r?`status`:a} tabindex="-1" data-focus>
${o}
</p>
${this.renderGeneral(n)}
<form novalidate @submit=${this.onConfirm}>
<certinomis-field
name="code"
label=${this.t(`revocation.code`)}
required
autocomplete="one-time-code"
help=${this.t(`revocation.codeHelp`)}
.value=${this.code}
error=${this.errors.code||t.code||a}
@input=${e=>{this.code=e.target.value,this.errors.code&&(this.errors={...this.errors,code:``})}}
@keydown=${e=>{e.key===`Enter`&&(e.preventDefault(),this.onConfirm(e))}}
></certinomis-field>
<button type="submit" class="primary" ?disabled=${e} aria-busy=${e?`true`:`false`}>
${this.t(e?`revocation.confirming`:`revocation.confirm`)}
</button>
</form>
${this.certificateId?p`<div class="actions">
<button
type="button"
class="link"
@click=${()=>this.send({type:`revocation.restart`})}
>
${this.t(`revocation.restart`)}
</button>
${this.closeButton(`secondary`)}
</div>`:a}
`}closeButton(e){return p`<button type="button" class=${e} @click=${()=>this.emit(`revocation-close`)}>
${this.t(`revocation.close`)}
</button>`}async showErrors(e){let t={};for(let n of S(e,this.view.locale))t[n.field]=n.message;this.errors=t,await this.updateComplete;let[n]=Object.entries(t);n&&(this.view.announce(n[1]),(n[0]===`reason`?this.renderRoot.querySelector(`input[name="reason"]`):this.renderRoot.querySelector(`[name="${n[0]}"]`))?.focus())}emit(e){this.dispatchEvent(new CustomEvent(e,{bubbles:!0,composed:!0}))}};d([c({attribute:!1})],W.prototype,`view`,void 0),d([c({attribute:!1})],W.prototype,`certificateId`,void 0),d([c({attribute:!1})],W.prototype,`timeZone`,void 0),d([s()],W.prototype,`reason`,void 0),d([s()],W.prototype,`comment`,void 0),d([s()],W.prototype,`code`,void 0),d([s()],W.prototype,`errors`,void 0),W=d([r(`certinomis-space-revocation-flow`)],W);var G=class extends i{constructor(...e){super(...e),this.open=!1,this.done=!1,this.focusPending=!1,this.show=async()=>{this.open=!0,await this.updateComplete,this.dialog.showModal(),this.renderRoot.querySelector(`#revocation-title`)?.focus()},this.onClosed=()=>{this.open=!1,this.button?.focus()},this.onDone=e=>{e.stopPropagation(),this.view.announce(this.t(`revocation.doneAnnounce`,{name:this.name})),this.done=!0}}static{this.styles=[u,_,L,l`
:host{
display:block;
}
dialog{
width:min(36rem,calc(100vw - 1rem));
max-height:calc(100vh - 2rem);
padding:var(--_space);
border:none;
border-radius:var(--_radius);
color:var(--_text);
background:var(--_surface);
}
dialog[open]{
display:flex;
flex-direction:column;
gap:0.75rem;
}
dialog::backdrop{
background:rgb(0 0 0 / 0.55);
}
h2{
font-size:1.2rem;
margin:0;
}
.subject{
margin:0;
color:var(--_muted);
}
.pending{
font-weight:600;
}
.small{
font-size:0.9rem;
margin:0;
}
button.request{
min-height:44px;
white-space:nowrap;
}
`]}t(e,t){return I(this.view.locale,e,t)}get name(){return this.row.beneficiary??this.row.identity??this.row.orderReference}render(){return this.row.revocation===`requested`?p`<p class="small" id="pending" tabindex="-1"><span class="pending">${this.t(`revocation.pending`)}</span><br />
<span class="status">${this.t(`revocation.pendingHelp`)}</span></p>`:p`
${this.row.revocation===`refused`?p`<p class="small status">${this.t(`revocation.refused`)}</p>`:a}
<button
type="button"
class="secondary request"
part="revocation-button"
aria-haspopup="dialog"
aria-label=${this.t(`revocation.requestLabel`,{name:this.name})}
@click=${this.show}
>
${this.t(`revocation.request`)}
</button>
<dialog aria-labelledby="revocation-title" @close=${this.onClosed}>
${this.open?p`<h2 id="revocation-title" tabindex="-1">${this.t(`revocation.heading`)}</h2>
<p class="subject">
${this.t(`revocation.subject`,{name:this.name,reference:this.row.orderReference})}
</p>
<certinomis-space-revocation-flow
.view=${this.view}
.certificateId=${this.row.dossierId}
.timeZone=${this.row.timeZone}
@revocation-close=${()=>this.dialog.close()}
@revocation-done=${this.onDone}
></certinomis-space-revocation-flow>`:a}
</dialog>
`}updated(){!this.open&&this.done&&(this.done=!1,this.focusPending=!0,this.dispatchEvent(new CustomEvent(`revocation-done`,{bubbles:!0,composed:!0}))),this.focusPending&&this.row.revocation===`requested`&&(this.focusPending=!1,this.renderRoot.querySelector(`#pending`)?.focus())}};d([c({attribute:!1})],G.prototype,`view`,void 0),d([c({attribute:!1})],G.prototype,`row`,void 0),d([s()],G.prototype,`open`,void 0),d([o(`dialog`)],G.prototype,`dialog`,void 0),d([o(`button.request`)],G.prototype,`button`,void 0),G=d([r(`certinomis-space-revocation`)],G);function Re(e,t){let{locale:n}=e;if(t.renewedBy)return p`<span class="renewal-link" data-renewed-by=${t.renewedBy}
>${I(n,`renewal.renewedBy`,{reference:t.renewedBy})}</span
>`;let r=t.renewal;if(!r||!e.renew)return a;let i=e.renew;return p`<button
type="button"
class="secondary renew"
aria-label=${I(n,`renewal.buttonLabel`,{reference:t.orderReference,name:t.beneficiary??t.identity??``})}
@click=${()=>i(r)}
>
${I(n,`renewal.button`)}
</button>`}function ze(e,t){return t.renewalOf?p`<span class="renewal-link" data-renewal-of=${t.renewalOf}
>${I(e.locale,`renewal.of`,{reference:t.renewalOf})}</span
>`:a}function Be(e,t){let n;try{n=new URL(globalThis.location.href)}catch{return}let r=n.searchParams.get(`renew`);if(r===null)return;n.searchParams.delete(`renew`);try{history.replaceState(history.state,``,`${n.pathname}${n.search}${n.hash}`)}catch{}let i=t.find(e=>e.dossierId===r);i?.renewal&&!i.renewedBy&&e.renew?.(i.renewal)}function Ve(e,t){return e.revoked?p`<span class="revoked-on"
>${I(t,`revocation.revokedOn`,{date:A(e.revoked.at,t,e.timeZone),reason:D(t,`revocation.reason.${e.revoked.reason}`)})}</span
>`:a}var He=p`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20h9"/><path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>`;function Ue(e,t,n,r){let{locale:i}=e;return p`<div class="scroll">
<table>
<caption class="visually-hidden">${r}</caption>
<thead>
<tr>
<th scope="col">${I(i,`dossiers.product`)}</th>
<th scope="col">${I(i,`dossiers.status`)}</th>
<th scope="col"><span class="visually-hidden">${I(i,`dossiers.action`)}</span></th>
</tr>
</thead>
<tbody>
${t.length===0?p`<tr><td class="empty" colspan="3">${n}</td></tr>`:t.map(t=>{let n=t.position,r={reference:t.orderReference,n},o=H.includes(t.status);return p`<tr data-dossier=${t.id}>
<td>
${je(i,`dossiers.row`,{product:p`<span class="product">${t.productLabel}</span>`,reference:p`<span class="mono">${t.orderReference}</span>`,date:A(t.orderDate,i,t.timeZone)})}
${t.quantity>1||t.beneficiary?p`<span class="sub" data-which>${We(e,t)}</span>`:a}
</td>
<td>
<span class="badge ${t.status}">${t.statusLabel}</span>
${ze(e,t)}
${Ve(t,i)}
</td>
<td>
${o?p`<button
type="button"
class="icon-button pen"
part="dossier-button"
aria-label=${I(i,`dossiers.open`,r)}
@click=${()=>e.openDossier(t.id)}
>
${He}
</button>`:p`<button
type="button"
class="link view"
part="dossier-button"
aria-label=${I(i,`dossiers.view`,r)}
@click=${()=>e.openDossier(t.id)}
>
${I(i,`dossiers.viewShort`)}
</button>`}
</td>
</tr>`})}
</tbody>
</table>
</div>`}function We(e,t){let{locale:n}=e;return[t.quantity>1?I(n,`dossiers.position`,{n:t.position,total:t.quantity}):``,t.beneficiary?I(n,`dossiers.beneficiary`,{name:t.beneficiary}):``].filter(Boolean).join(` · `)}var K=class extends R{constructor(...e){super(...e),this.dossiers={state:`loading`},this.certificates={state:`loading`},this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load())}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(){let e=this.view.session;if(!e)return;this.abort?.abort();let t=new AbortController;this.abort=t;let{api:n,send:r}=this.view,i=async e=>{try{return{state:`ready`,value:await e}}catch(e){return!t.signal.aborted&&B(e).status===401&&r({type:`space.sessionExpired`}),{state:`error`}}},[a,o]=await Promise.all([i(n.dossiers(e.accessToken,{open:!0,limit:5},t.signal)),i(n.certificates(e.accessToken,t.signal))]);t.signal.aborted||(this.dossiers=a,this.certificates=o,o.state===`ready`&&Be(this.view,o.value.items))}render(){return p`
<h2 tabindex="-1">${this.t(`dashboard.heading`)}</h2>
<div class="panels">
<section aria-labelledby="dossiers-title">
<div class="section-head">
<h3 id="dossiers-title">${this.t(`dossiers.heading`)}</h3>
${this.dossiers.state===`ready`&&this.dossiers.value.items.length>0?p`<button
type="button"
class="link all"
aria-describedby="dossiers-title"
@click=${()=>this.view.send({type:`space.showAll`})}
>
${this.t(`dossiers.all`)} <span aria-hidden="true">&gt;</span>
</button>`:a}
</div>
${this.renderDossiers()}
</section>
<section aria-labelledby="certificates-title" @revocation-done=${()=>this.load()}>
<h3 id="certificates-title">${this.t(`certificates.heading`)}</h3>
${this.renderCertificates()}
</section>
<certinomis-space-billing .view=${this.view}></certinomis-space-billing>
</div>
`}renderDossiers(){let{dossiers:e}=this;return e.state===`loading`?p`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:e.state===`error`?this.renderLoadError():Ue(this.view,e.value.items,this.t(`dossiers.empty`),this.t(`dossiers.heading`))}renderCertificates(){let{certificates:e}=this;if(e.state===`loading`)return a;if(e.state===`error`)return this.renderLoadError();let{locale:t}=this.view,n=e.value.items;return p`<div class="scroll">
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
${n.length===0?p`<tr><td class="empty" colspan="4">${this.t(`certificates.empty`)}</td></tr>`:n.map(e=>p`<tr>
<td>${e.identity??`—`}</td>
<td>${e.beneficiary??`—`}</td>
<td>
<span class="badge ${e.status}">${e.statusLabel}</span>
${Re(this.view,e)}
<certinomis-space-revocation .view=${this.view} .row=${e}></certinomis-space-revocation>
</td>
<td>${e.expiresAt?A(e.expiresAt,t,e.timeZone):`—`}</td>
</tr>`)}
</tbody>
</table>
</div>`}renderLoadError(){return p`<div class="alert" role="alert">
<p>${this.t(`dossiers.failed`)}</p>
<button type="button" class="secondary" @click=${()=>this.load()}>
${this.t(`dossiers.retry`)}
</button>
</div>`}};d([s()],K.prototype,`dossiers`,void 0),d([s()],K.prototype,`certificates`,void 0),K=d([r(`certinomis-space-dashboard`)],K);var q=class extends R{constructor(...e){super(...e),this.rows=[],this.cursor=null,this.status=``,this.loading=!0,this.failed=!1,this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load(!1))}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(e){let t=this.view.session;if(!t)return;this.abort?.abort();let n=new AbortController;this.abort=n,this.loading=!0,this.failed=!1;try{let r=await this.view.api.dossiers(t.accessToken,{status:this.status||null,cursor:e?this.cursor:null,limit:20},n.signal);if(n.signal.aborted)return;this.rows=e?[...this.rows,...r.items]:r.items,this.cursor=r.nextCursor,this.loading=!1,this.view.announce(this.t(k(this.view.locale,this.rows.length,`dossiers.shown`),{n:this.rows.length}))}catch(e){if(n.signal.aborted)return;if(this.loading=!1,B(e).status===401){this.view.send({type:`space.sessionExpired`});return}this.failed=!0}}filterOptions(){let{locale:e}=this.view;return[{value:``,label:this.t(`dossiers.filterAll`)},...Pe.map(t=>({value:t,label:D(e,`status.${t}`)}))]}render(){let{send:e}=this.view,t=this.loading&&this.rows.length===0;return p`
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
${t?p`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:Ue(this.view,this.rows,this.t(this.status?`dossiers.emptyFilter`:`dossiers.empty`),this.t(`dossiers.allHeading`))}
${this.failed?p`<div class="alert" role="alert">
<p>${this.t(`dossiers.failed`)}</p>
<button
type="button"
class="secondary"
@click=${()=>this.load(this.rows.length>0)}
>
${this.t(`dossiers.retry`)}
</button>
</div>`:a}
${this.cursor&&!t?p`<button
type="button"
class="secondary more"
?disabled=${this.loading}
aria-busy=${this.loading?`true`:`false`}
@click=${()=>this.load(!0)}
>
${this.t(`dossiers.more`)}
</button>`:a}
`}};d([s()],q.prototype,`rows`,void 0),d([s()],q.prototype,`cursor`,void 0),d([s()],q.prototype,`status`,void 0),d([s()],q.prototype,`loading`,void 0),d([s()],q.prototype,`failed`,void 0),q=d([r(`certinomis-space-dossiers`)],q);var J=class extends i{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=`fr`,this.load={state:`loading`},this.context=null,this.close=()=>{this.dispatchEvent(new CustomEvent(`certinomis-space-renewal-close`,{bubbles:!0,composed:!0}))}}static{this.styles=[u,_,L]}get key(){return this.partnerKey??this.start.partnerKey}willUpdate(t){if(!this.context||t.has(`locale`)||t.has(`api`)||t.has(`partnerKey`)){let t=new URL(this.api||globalThis.location.origin,globalThis.location.href).href;this.context={locale:this.locale,client:new e({baseUrl:t,partnerKey:this.key,locale:this.locale})},this.load.state!==`ready`&&this.fetch()}}async fetch(){let e=this.context;if(e){this.load={state:`loading`};try{let[t]=await Promise.all([e.client.getCatalog(),n(`purchase`,()=>import(`./certinomis-purchase-DwgE-oLT.js`))]);await ee(e.locale).catch(()=>void 0),this.load={state:`ready`,catalog:t}}catch{this.load={state:`error`}}}}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}render(){let{locale:e}=this;return p`
<button type="button" class="link back" @click=${this.close}>
${I(e,`renewal.back`)}
</button>
<h2 tabindex="-1">${I(e,`renewal.heading`,{reference:this.start.orderReference})}</h2>
<p class="intro">${I(e,`renewal.intro`)}</p>
${this.renderPurchase()}
`}renderPurchase(){let{load:e,context:t,locale:n}=this;return e.state===`loading`||!t?p`<p class="status" role="status">${I(n,`renewal.loading`)}</p>`:e.state===`error`?p`<div class="alert" role="alert">
<p>${I(n,`renewal.failed`)}</p>
<button type="button" class="secondary" @click=${()=>this.fetch()}>
${I(n,`renewal.retry`)}
</button>
</div>`:p`<certinomis-purchase
exportparts="card, order-button, stepper, buttons, field, summary"
.context=${t}
.catalog=${e.catalog}
.renewal=${this.start}
partner-key=${this.key??a}
></certinomis-purchase>`}};d([c({attribute:!1})],J.prototype,`start`,void 0),d([c()],J.prototype,`api`,void 0),d([c({attribute:`partner-key`})],J.prototype,`partnerKey`,void 0),d([c()],J.prototype,`locale`,void 0),d([s()],J.prototype,`load`,void 0),J=d([r(`certinomis-space-renewal`)],J);var Ge=class extends R{render(){return p`
<h2 tabindex="-1">${this.t(`revocationPage.heading`)}</h2>
<certinomis-space-revocation-flow
.view=${this.view}
.certificateId=${null}
></certinomis-space-revocation-flow>
<div class="actions">
<button
type="button"
class="link"
@click=${()=>this.view.send({type:`space.showLogin`})}
>
${this.t(`revocationPage.back`)}
</button>
</div>
`}};Ge=d([r(`certinomis-space-revocation-page`)],Ge);var Y=class extends P{constructor(...e){super(...e),this.denied=!1}render(){let{busy:e,send:t}=this.view;if(this.denied)return p`
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
`;let n=this.failure?.status===400;return p`
<h2 tabindex="-1">${this.t(`deny.heading`)}</h2>
<p class="intro">${this.t(`deny.intro`)}</p>
<p>${this.t(`deny.keep`)}</p>
${n?p`<p class="alert" role="alert">${this.t(`deny.invalid`)}</p>`:this.renderFailure()}
<div class="actions">
${n?a:p`<button
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
`}};d([c({type:Boolean})],Y.prototype,`denied`,void 0),Y=d([r(`certinomis-space-deny-login`)],Y),ye({fr:{"validation.password_too_short":`Le mot de passe doit comporter au moins 8 caractères.`,"validation.password_too_long":`Le mot de passe ne doit pas dépasser 256 caractères.`,"validation.password_common":`Ce mot de passe est trop courant ou trop facile à deviner : choisissez-en un autre.`,"validation.token":`Lien ou code invalide.`,"validation.locale":`Langue non prise en charge (fr ou en).`},en:()=>f(`machines/messages/account-en.ts`,()=>import(`./account-en-BtyWXrUN.js`)).then(e=>e.accountEn)});var Ke=new Set(`password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword 12345678
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
autumn2024 summer2025 winter2025 summer2026 winter2026 janvier2026 novembre2026 decembre2026`.split(/\s+/));function qe(e,t){let n=e.trim().toLowerCase();if(Ke.has(n)||/^(.)\1+$/.test(n)||`01234567890123456789`.includes(n)||`98765432109876543210`.includes(n))return!0;if(t){let e=t.trim().toLowerCase(),r=e.split(`@`)[0]??``;if(n===e||r.length>=4&&n===r)return!0}return!1}var X=b(x(`validation.required`),Ee(),ge(`validation.required`),Se(8,`validation.password_too_short`),O(256,`validation.password_too_long`),De(e=>!qe(e),`validation.password_common`)),Je=b(x(`validation.required`),ge(`validation.required`),O(256,`validation.password_too_long`)),Z=b(x(`validation.token`),_e(),ve(/^[A-Za-z0-9_-]{20,128}$/,`validation.token`)),Ye=we(xe(re,`validation.locale`),`fr`),Xe=b(v({email:w,password:X,locale:Ye}),Ce(be([[`email`],[`password`]],e=>!qe(e.password,e.email),`validation.password_common`),[`password`])),Ze=v({email:w,password:Je});v({token:Z,loginAttemptId:we(Z)}),v({token:Z}),v({token:Z});var Qe=v({email:w,locale:Ye});v({token:Z,password:X});var $e=class extends P{validate(){return this.check(Qe,{email:this.values.email})}render(){let{busy:e,send:t}=this.view;return p`
<h2 tabindex="-1">${this.t(`forgot.heading`)}</h2>
<p class="intro">${this.t(`forgot.intro`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(p`
${this.renderFailure()} ${this.emailField({autocomplete:`username`})}
${this.submitButton(e,this.t(e?`forgot.submitting`:`forgot.submit`))}
`,()=>t({type:`space.requestReset`,email:this.values.email.trim()}))}
<div class="actions">
<button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
${this.t(`space.backToLogin`)}
</button>
</div>
`}};$e=d([r(`certinomis-space-forgot-password`)],$e);var et={verifyingLink:{heading:`login.heading`,lines:[`verifying.login`],busy:!0},verifyingEmail:{heading:`registered.heading`,lines:[`verifying.email`],busy:!0},loggingOut:{heading:`account.logout`,lines:[`space.loading`],busy:!0},approved:{heading:`approved.heading`,lines:[`approved.text`,`approved.close`],action:`approved.here`},linkInvalid:{heading:`linkInvalid.heading`,lines:[`linkInvalid.text`,`linkInvalid.again`],action:`space.toLogin`},registered:{heading:`registered.heading`,lines:[`registered.text`,`registered.next`],action:`space.backToLogin`},resetRequested:{heading:`resetRequested.heading`,lines:[`resetRequested.text`,`resetRequested.next`],action:`space.backToLogin`}},Q=class extends P{constructor(...e){super(...e),this.kind=`registered`}render(){let e=et[this.kind];return this.kind===`linkInvalid`&&this.failure?.status===0&&(e={...e,lines:[`space.network`,`linkInvalid.again`]}),p`
<h2 tabindex="-1">${this.t(e.heading)}</h2>
${e.lines.map((t,n)=>e.busy&&n===0?p`<p class="waiting" role="status">
<span class="spinner" aria-hidden="true"></span>${this.t(t)}
</p>`:p`<p>${this.t(t)}</p>`)}
${e.action?p`<div class="actions">
<button
type="button"
class="primary"
@click=${()=>this.view.send({type:`space.showLogin`})}
>
${this.t(e.action)}
</button>
</div>`:a}
`}};d([c()],Q.prototype,`kind`,void 0),Q=d([r(`certinomis-space-message`)],Q);var tt=class extends P{validate(){return this.check(Xe,{...this.values,locale:this.view.locale})}render(){let{busy:e,send:t}=this.view;return p`
<h2 tabindex="-1">${this.t(`register.heading`)}</h2>
<p class="intro">${this.t(`register.intro`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(p`
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
`}};tt=d([r(`certinomis-space-register`)],tt);var nt=v({password:X}),rt=class extends P{validate(){return this.check(nt,{password:this.values.password})}render(){let{busy:e,send:t}=this.view,n=this.failure?.status===400;return p`
<h2 tabindex="-1">${this.t(`reset.heading`)}</h2>
<p class="intro">${this.t(`reset.intro`)}</p>
<p class="help">${this.t(`space.required`)}</p>
${this.form(p`
${this.renderFailure()}
${this.passwordField({label:this.t(`field.newPassword`),help:this.t(`register.passwordHelp`),autocomplete:`new-password`})}
${this.submitButton(e,this.t(e?`reset.submitting`:`reset.submit`))}
`,()=>t({type:`space.confirmReset`,password:this.values.password}))}
<div class="actions">
${n?p`<button
type="button"
class="secondary"
@click=${()=>t({type:`space.showForgot`})}
>
${this.t(`reset.newLink`)}
</button>`:a}
<button type="button" class="link" @click=${()=>t({type:`space.showLogin`})}>
${this.t(`space.backToLogin`)}
</button>
</div>
`}};rt=d([r(`certinomis-space-reset-password`)],rt);var it=e=>H.includes(e.status);async function at(e,t,n){let r=await e.dossiers(t,{open:!0,limit:100}),i=r.items.find(e=>e.id===n)??null,a=r.items.filter(e=>e.id!==n&&it(e));return{id:n,signed:i,next:(i?a.filter(e=>e.orderReference===i.orderReference):[])[0]??a[0]??null}}function ot(e,t,n,r){let{signed:i,next:a}=t;return p`<section class="done" data-done aria-labelledby="done-title">
<h3 id="done-title" tabindex="-1">
${i?N(e,`done.heading`,{reference:i.orderReference,n:i.position}):N(e,`done.signed`)}
</h3>
${a?p`<p>
${N(e,`done.next`,{reference:a.orderReference,n:a.position})}
</p>
<p><button type="button" class="primary" data-next @click=${()=>n(a.id)}>
${N(e,`done.open`)}
</button></p>`:p`<p>${N(e,`done.none`)}</p>
<p><button type="button" class="link" @click=${r}>
${N(e,`dossier.back`)}
</button></p>`}
</section>`}function st(e,t,n){let{lazy:r}=n;return e===`revocation`?r.gate(`dashboard`,t.locale)??p`<certinomis-space-revocation-page data-screen .view=${t}></certinomis-space-revocation-page>`:n.openDossierId&&t.session?lt(n.openDossierId,t,n):n.renewing&&t.session?r.gate(`dashboard`,t.locale)??ut(n.renewing,t,n):(r.prefetch(`dossier`),r.gate(`dashboard`,t.locale)??(e===`dashboard`?p`<certinomis-space-dashboard data-screen exportparts="dossier-button" .view=${t}></certinomis-space-dashboard>`:p`<certinomis-space-dossiers data-screen exportparts="field, dossier-button" .view=${t}></certinomis-space-dossiers>`))}function ct(e,t){let n=e.context.account?.email??e.context.email;return me({label:N(e.locale,`account.label`),who:N(e.locale,`account.email`,{email:n}),logout:N(e.locale,`account.logout`),busy:e.busy,onLogout:t.logout})}function lt(e,t,n){return n.lazy.gate(`dossier`,t.locale)??p`<div class="dossier-frame">
<button type="button" class="link back" @click=${n.closeDossier}>
${N(t.locale,`dossier.back`)}
</button>
${n.done?.id===e?ot(t.locale,n.done,e=>t.openDossier(e),n.closeDossier):a}
<certinomis-dossier
data-dossier
.dossierId=${e}
.accessToken=${t.session?.accessToken??``}
api=${n.api}
locale=${t.locale}
partner-key=${n.partnerKey??a}
exportparts="field, buttons"
@certinomis:error=${n.onDossierError}
@certinomis:dossier-submitted=${n.onDossierSubmitted}
focus-on-load
></certinomis-dossier>
</div>`}function ut(e,t,n){return p`<certinomis-space-renewal
data-screen
exportparts="card, order-button, stepper, buttons, field, summary"
.start=${e}
api=${n.api}
partner-key=${n.partnerKey??a}
locale=${t.locale}
@certinomis-space-renewal-close=${n.closeRenewal}
></certinomis-space-renewal>`}function $(e){return C(async()=>{throw Error(`${e} not provided`)})}var dt=E({types:{context:{},events:{},input:{}},actors:{startLogin:$(`startLogin`),pollLogin:$(`pollLogin`),verifyLogin:$(`verifyLogin`),register:$(`register`),verifyEmail:$(`verifyEmail`),requestReset:$(`requestReset`),confirmReset:$(`confirmReset`),denyLogin:$(`denyLogin`),loadAccount:$(`loadAccount`),logout:$(`logout`)},delays:{pollInterval:2e3},guards:{linkIs:({context:e},t)=>e.link?.kind===t,hasSession:({context:e})=>e.session!==null,hasAttempt:({context:e})=>e.attempt!==null},actions:{clearMessages:T({notice:null,failure:null}),notify:T({notice:(e,t)=>t}),forgetSession:T({session:null,account:null}),forgetAttempt:T({attempt:null}),forgetLink:T({link:null}),rememberEmail:T({email:({context:e,event:t})=>`email`in t&&typeof t.email==`string`?t.email.trim():e.email})}}).createMachine({id:`space`,context:({input:e})=>he(e),initial:`boot`,states:{boot:{always:[{guard:{type:`linkIs`,params:`verify`},target:`verifyingEmail`},{guard:{type:`linkIs`,params:`login`},target:`verifyingLink`},{guard:{type:`linkIs`,params:`reset`},target:`resetPassword`},{guard:{type:`linkIs`,params:`deny`},target:`denyLogin`},{guard:{type:`linkIs`,params:`revocation`},target:`revocation`},{guard:`hasSession`,target:`dashboard`},{guard:`hasAttempt`,target:`awaitingLink`},{target:`login`}]},login:{initial:`idle`,exit:`clearMessages`,on:{"space.showRegister":`register`,"space.showForgot":`forgotPassword`},states:{idle:{on:{"space.login":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`startLogin`,input:({event:e})=>e.type===`space.login`?{email:e.email,password:e.password}:{email:``,password:``},onDone:{target:`#space.awaitingLink`,actions:T({attempt:({event:e})=>e.output})},onError:{target:`idle`,actions:T({failure:({event:e})=>g(e.error)})}}}}},awaitingLink:{initial:`polling`,exit:`clearMessages`,on:{"space.showLogin":{target:`login`,actions:`forgetAttempt`}},states:{polling:{invoke:{src:`pollLogin`,input:({context:e})=>({loginAttemptId:e.attempt?.loginAttemptId??``}),onDone:[{guard:({event:e})=>ue(e.output),target:`#space.dashboard`,actions:[T({session:({event:e})=>e.output}),`forgetAttempt`]},{target:`waiting`}],onError:[{guard:({event:e})=>g(e.error).status===404,target:`#space.login`,actions:[`forgetAttempt`,{type:`notify`,params:`loginExpired`}]},{guard:({event:e})=>g(e.error).status===403,target:`#space.login`,actions:[`forgetAttempt`,{type:`notify`,params:`loginDenied`}]},{target:`waiting`}]}},waiting:{after:{pollInterval:`polling`}}}},verifyingLink:{tags:`busy`,exit:`forgetLink`,invoke:{src:`verifyLogin`,input:({context:e})=>({token:e.link?.token??``,loginAttemptId:e.attempt?.loginAttemptId??null}),onDone:[{guard:({event:e})=>ue(e.output),target:`dashboard`,actions:[T({session:({event:e})=>e.output}),`forgetAttempt`]},{target:`approved`}],onError:{target:`linkInvalid`,actions:T({failure:({event:e})=>g(e.error)})}}},approved:{on:{"space.showLogin":`login`}},linkInvalid:{exit:`clearMessages`,on:{"space.showLogin":`login`}},register:{initial:`idle`,exit:`clearMessages`,on:{"space.showLogin":`login`},states:{idle:{on:{"space.register":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`register`,input:({event:e})=>e.type===`space.register`?{email:e.email,password:e.password}:{email:``,password:``},onDone:`#space.registered`,onError:{target:`idle`,actions:T({failure:({event:e})=>g(e.error)})}}}}},registered:{on:{"space.showLogin":`login`}},verifyingEmail:{tags:`busy`,exit:`forgetLink`,invoke:{src:`verifyEmail`,input:({context:e})=>({token:e.link?.token??``}),onDone:{target:`login`,actions:{type:`notify`,params:`emailVerified`}},onError:{target:`login`,actions:{type:`notify`,params:`verifyLinkInvalid`}}}},forgotPassword:{initial:`idle`,exit:`clearMessages`,on:{"space.showLogin":`login`},states:{idle:{on:{"space.requestReset":{target:`submitting`,actions:[`clearMessages`,`rememberEmail`]}}},submitting:{tags:`busy`,invoke:{src:`requestReset`,input:({event:e})=>({email:e.type===`space.requestReset`?e.email:``}),onDone:`#space.resetRequested`,onError:{target:`idle`,actions:T({failure:({event:e})=>g(e.error)})}}}}},resetRequested:{on:{"space.showLogin":`login`}},resetPassword:{initial:`idle`,exit:[`clearMessages`,`forgetLink`],on:{"space.showLogin":`login`,"space.showForgot":`forgotPassword`},states:{idle:{on:{"space.confirmReset":{target:`submitting`,actions:`clearMessages`}}},submitting:{tags:`busy`,invoke:{src:`confirmReset`,input:({context:e,event:t})=>({token:e.link?.token??``,password:t.type===`space.confirmReset`?t.password:``}),onDone:{target:`#space.login`,actions:[`forgetSession`,`forgetAttempt`,{type:`notify`,params:`passwordChanged`}]},onError:{target:`idle`,actions:T({failure:({event:e})=>g(e.error)})}}}}},denyLogin:{initial:`idle`,exit:[`clearMessages`,`forgetLink`],on:{"space.showLogin":`login`},states:{idle:{on:{"space.confirmDeny":{target:`submitting`,actions:`clearMessages`}}},submitting:{tags:`busy`,invoke:{src:`denyLogin`,input:({context:e})=>({token:e.link?.token??``}),onDone:`#space.loginDenied`,onError:{target:`idle`,actions:T({failure:({event:e})=>g(e.error)})}}}}},loginDenied:{on:{"space.showLogin":`login`,"space.showForgot":`forgotPassword`}},revocation:{exit:`forgetLink`,on:{"space.showLogin":`boot`}},dashboard:{initial:`overview`,invoke:{src:`loadAccount`,input:({context:e})=>({accessToken:e.session?.accessToken??``}),onDone:{actions:T({account:({event:e})=>e.output})},onError:{guard:({event:e})=>g(e.error).status===401,target:`login`,actions:[`forgetSession`,{type:`notify`,params:`sessionExpired`}]}},on:{"space.logout":`loggingOut`,"space.sessionExpired":{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`sessionExpired`}]}},states:{overview:{on:{"space.showAll":`all`}},all:{on:{"space.showOverview":`overview`}}}},loggingOut:{tags:`busy`,invoke:{src:`logout`,input:({context:e})=>({accessToken:e.session?.accessToken??``}),onDone:{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`loggedOut`}]},onError:{target:`login`,actions:[`forgetSession`,{type:`notify`,params:`loggedOut`}]}}}}});le({check(e,t,n){let r=y(e,t);return{success:r.success,errors:S(r.issues??[],n)}},login:Ze});function ft(e){let t=async t=>{try{return await t(e())}catch(e){throw B(e)}};return dt.provide({actors:{startLogin:C(({input:e,signal:n})=>t(t=>t.startLogin(e,n))),pollLogin:C(({input:e,signal:n})=>t(t=>t.pollLogin(e.loginAttemptId,n))),verifyLogin:C(({input:e,signal:n})=>t(t=>t.verifyLogin(e.token,e.loginAttemptId,n))),register:C(({input:e,signal:n})=>t(t=>t.register(e,n))),verifyEmail:C(({input:e,signal:n})=>t(t=>t.verifyEmail(e.token,n))),requestReset:C(({input:e,signal:n})=>t(t=>t.requestReset(e.email,n))),confirmReset:C(({input:e,signal:n})=>t(t=>t.confirmReset(e.token,e.password,n))),denyLogin:C(({input:e,signal:n})=>t(t=>t.denyLogin(e.token,n))),loadAccount:C(({input:e,signal:n})=>t(t=>t.me(e.accessToken,n))),logout:C(({input:e,signal:n})=>t(t=>t.logout(e.accessToken,n)))}})}var pt=class{constructor(e,t){this.host=e,this.options=t,this.flow=null,e.addController(this)}send(e){this.flow?.send(e)}hostConnected(){if(this.flow)return;let e=this.options.address(),t=this.options.storageKey(),n=fe(t);this.flow=new Te(this.host,ft(this.options.requests),{input:{email:e.email??n?.email??``,order:e.order??null,link:e.link,session:n?.session??null,attempt:n?.attempt??null},onChange:e=>{let{email:n,session:r,attempt:i}=e.context;pe(t,{v:1,email:n,session:r,attempt:i}),this.options.onChange?.(e)}})}hostDisconnected(){queueMicrotask(()=>{let e=this.flow;!this.host.isConnected&&e&&(e.actor.stop(),this.host.removeController(e),this.flow=null,this.options.onStop?.())})}};export{Me as SpaceApi,pt as SpaceSession,at as dossierDone,ct as renderAccount,st as renderAccountScreen};
//# sourceMappingURL=space-machine-part-Dmm7GBv3.js.map