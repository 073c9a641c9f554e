import{A as e,B as t,C as n,D as r,F as i,H as a,I as o,K as s,M as c,R as l,S as u,V as d,W as f,a as p,o as m,s as ee,z as h}from"./certinomis-core-BHKokcbu.js";import{A as te,L as g,et as ne,k as _,s as re}from"./machine-controller-BxwQMViJ.js";import{a as ie,f as ae,n as oe,r as se,t as ce}from"./purchase-shared-C48BUnfN.js";import{a as le,c as ue,d as de,i as v,n as fe,s as pe,t as me}from"./dossier-BC64zBnh.js";import{r as he,t as ge}from"./date-time-C-JzOsro.js";var _e=[`organisation`,`mandataire`,`beneficiaire`,`delivery`,`identity`];function y(e){return typeof e==`string`&&v.includes(e)}function b(e,t){return e?.mode===`mail`&&t!==null&&t.method!==`online`}function ve(e,t){let n=t[e];if(n===null)return[{field:e,key:`validation.step_incomplete`}];let r=ne(ue[e],n);return r.success?e===`delivery`&&b(t.delivery,t.identity)?[{field:`delivery.mode`,key:`validation.mail_requires_online_identity`}]:[]:ae(r.issues,e)}function ye(e,t){return ve(e,t).length===0}function x(e,t){let n=v.indexOf(e);return v.slice(0,n).every(e=>ye(e,t))}function be(e){return v.filter(t=>x(t,e))}function S(e){let t=_e.flatMap(t=>ve(t,e));return e.identity?.method===`online`&&!e.documentUploaded&&t.push({field:`identity.document`,key:`validation.identity_document_required`}),t}function C(e){return S(e).length===0}function xe(e){return e.paymentMethod!==`mandate`&&!e.paid}function Se(e){let t=[];return C(e)||t.push(`dossier_incomplete`),e.signedAt===null&&t.push(`not_signed`),e.signatureMethod===`handwritten`&&!e.paperReceived&&t.push(`paper_not_received`),e.identityStatus!==`verified`&&t.push(`identity_not_verified`),xe(e)&&t.push(`payment_not_received`),t}function Ce(e){return`dossier.missing.${e}`}function w(e){let t=e.beneficiaire;return t===null?null:t.sameAsMandataire?e.mandataire:t.person}var we=class extends i{getDossier(e,t,n){return this.dossierCall(e,``,t,{method:`GET`,signal:n})}sendDossierEvent(e,t,n,r){return this.dossierCall(e,`/events`,t,{method:`POST`,version:n,json:r})}requestSignatureCode(e,t,n,r=`mandataire`){return this.dossierCall(e,`/signature/code`,t,{method:`POST`,version:n,json:{signer:r}})}confirmSignature(e,t,n,r,i=`mandataire`){return this.dossierCall(e,`/signature`,t,{method:`POST`,version:n,json:{code:r,signer:i}})}async uploadDossierDocument(e,t,n,r={}){let i=new FormData;i.set(`file`,n,r.fileName??(n instanceof File?n.name:`document`));let a={method:`POST`,version:r.version,body:i,signal:r.signal};if(!r.onProgress||typeof XMLHttpRequest>`u`)return this.dossierCall(e,`/documents`,t,a);let s=r.onProgress,c=await new Promise((n,c)=>{let l=new XMLHttpRequest;l.open(`POST`,this.url(`/v1/dossiers/${encodeURIComponent(e)}/documents`));for(let[e,n]of Object.entries(this.headers(t,a.version)))l.setRequestHeader(e,n);l.responseType=`blob`,l.upload.onprogress=e=>s(e.loaded,e.total),l.onload=()=>{let e=new Headers;for(let t of l.getAllResponseHeaders().trim().split(/[\r\n]+/)){let n=t.indexOf(`:`);n>0&&e.set(t.slice(0,n).trim(),t.slice(n+1).trim())}n(new Response(l.response,{status:l.status,headers:e}))},l.onerror=()=>c(new o(0,null)),l.onabort=()=>c(new DOMException(`Aborted`,`AbortError`)),r.signal?.addEventListener(`abort`,()=>l.abort(),{once:!0}),l.send(i)});return(await this.checked(c)).json()}async getDossierPdf(e,t,n){let r=await this.dossierFetch(e,`/pdf`,t,{method:`GET`,signal:n}),i=r.headers.get(`Content-Disposition`)??``,a=/filename="([^"]+)"/.exec(i)?.[1]??`dossier-${e}.pdf`;return{blob:await r.blob(),fileName:a}}async dossierCall(e,t,n,r){return await(await this.dossierFetch(e,t,n,r)).json()}async dossierFetch(e,t,n,r){let i=this.headers(n,r.version);r.json!==void 0&&(i[`Content-Type`]=`application/json`);let a;try{a=await(this.options.fetch??fetch)(this.url(`/v1/dossiers/${encodeURIComponent(e)}${t}`),{method:r.method,headers:i,...r.json===void 0?{}:{body:JSON.stringify(r.json)},...r.body?{body:r.body}:{},...r.signal?{signal:r.signal}:{}})}catch(e){throw r.signal?.aborted?e:new o(0,null)}return this.checked(a)}headers(e,t){return{Accept:`application/json`,"Accept-Language":this.options.locale,Authorization:`Bearer ${e}`,...this.options.partnerKey?{"X-Partner-Key":this.options.partnerKey}:{},...t===void 0?{}:{"If-Match":`"${t}"`}}}},Te={"dossier.loading":`Chargement du dossier…`,"dossier.title":`Dossier de demande de certificat`,"dossier.orderLine":`{product} — {reference} du {date} (certificat {position} sur {quantity})`,"dossier.status":`Statut du dossier`,"dossier.steps":`Étapes du dossier`,"dossier.done":`terminée`,"dossier.locked":`pas encore accessible`,"dossier.goTo":`Aller à l’étape {n} : {label}`,"dossier.stale":`Le dossier a été modifié entre-temps : vérifiez puis recommencez.`,"dossier.unreachable":r.network,"dossier.failed":r.failed,"dossier.notFound":`Ce dossier est introuvable.`,"dossier.sessionExpired":`Votre session a expiré : reconnectez-vous pour continuer.`,"dossier.throttled":`Trop de demandes : réessayez dans {n} s.`,"dossier.retry":r.retry,"dossier.errors":r.errors,"dossier.errors.one":r.errorsOne,"dossier.required":r.required,"dossier.saving":`Enregistrement…`,"dossier.choose":`Choisir…`,"dossier.mme":`Madame`,"dossier.mr":`Monsieur`,"dossier.step.organisation":`Organisme`,"dossier.step.mandataire":`Mandataire`,"dossier.step.beneficiaire":`Bénéficiaire`,"dossier.step.delivery":`Remise`,"dossier.step.identity":`Identité`,"dossier.step.signature":`Signature`,"dossier.heading.organisation":`Organisme`,"dossier.heading.mandataire":`Mandataire`,"dossier.heading.beneficiaire":`Bénéficiaire du certificat`,"dossier.heading.delivery":`Remise du certificat`,"dossier.heading.identity":`Vérification de l’identité du bénéficiaire`,"dossier.heading.signature":`Signature du dossier`,"dossier.field.siret":`SIRET`,"dossier.field.name":`Raison sociale`,"dossier.field.address":`Adresse`,"dossier.field.postalCode":`Code postal`,"dossier.field.city":`Ville`,"dossier.field.country":`Pays`,"dossier.field.civility":`Civilité`,"dossier.field.firstName":`Prénoms`,"dossier.field.lastName":`Nom`,"dossier.field.email":`E-mail`,"dossier.field.mobile":`Téléphone mobile`,"dossier.field.function":`Fonction`,"dossier.field.recipient":`Le certificat est remis à`,"dossier.field.mode":`Mode de remise`,"dossier.field.method":`Mode`,"dossier.identity.method":`Mode de vérification`,"dossier.signature.method":`Mode de signature`,"dossier.field.file":`Pièce d’identité du bénéficiaire`,"dossier.field.code":`Code reçu par SMS`,"dossier.organisation.intro":`L’organisme pour lequel le certificat est demandé, pré-rempli avec celui de la commande : vérifiez-le.`,"dossier.mandataire.intro":`Le mandataire est la personne qui pourra autoriser une demande de certificat et sa révocation. C’est lui qui signe le dossier : le code de signature est envoyé par SMS sur son mobile.`,"dossier.renewal.prefilled":`Pré-rempli à partir du certificat {reference} que cette commande renouvelle : vérifiez, modifiez si besoin, puis confirmez.`,"dossier.mandataire.prefilled":`Pré-rempli avec la personne qui a passé la commande : modifiez-le si le mandataire est une autre personne.`,"dossier.mandataire.notMobile":`Le numéro donné à la commande ({phone}) n’est pas un mobile : indiquez un mobile (06 ou 07) pour recevoir le code de signature.`,"dossier.mobileHelp":`Mobile français : 06 ou 07.`,"dossier.beneficiaire.intro":`Le bénéficiaire est la personne qui utilisera le certificat.`,"dossier.beneficiaire.same":`Le bénéficiaire est le mandataire`,"dossier.beneficiaire.sameName":`Le certificat sera établi au nom de {name}.`,"dossier.beneficiaire.person":`Le bénéficiaire`,"dossier.namesHelp":`Nom et prénoms exactement comme sur la pièce d’identité.`,"dossier.delivery.intro":`Indiquez à qui sera remis le certificat (le mandataire ou le bénéficiaire directement), et comment.`,"dossier.delivery.mandataire":`Le mandataire`,"dossier.delivery.beneficiaire":`Le bénéficiaire`,"dossier.delivery.post_office":`Dans un bureau de poste`,"dossier.delivery.mail":`Par courrier`,"dossier.delivery.onePerson":`Le bénéficiaire est le mandataire : le certificat sera remis à {name}.`,"dossier.delivery.mailTo":`Le certificat sera envoyé par courrier à :`,"dossier.delivery.changeAddress":`Changer l’adresse (étape {label})`,"dossier.delivery.mailHelp":`Seulement si vous choisissez une vérification de l’identité en ligne (étape suivante).`,"dossier.delivery.mailDisabled":`Indisponible : vous avez choisi la vérification d’identité en face à face dans un bureau de poste.`,"dossier.identity.intro":`Vérification de l’identité du bénéficiaire : pour des questions de sécurité, cette étape est obligatoire.`,"dossier.identity.online":`En ligne, après scan d’une pièce d’identité`,"dossier.identity.onlineHelp":`Déposez le scan ou la photo de la pièce d’identité du bénéficiaire (carte d’identité, passeport).`,"dossier.identity.face_to_face":`En face à face, dans un bureau de poste`,"dossier.identity.faceHelp":`Le bénéficiaire présente sa pièce d’identité dans un bureau de poste.`,"dossier.identity.fileHelp":`JPEG, PNG ou PDF, 10 Mo au plus.`,"dossier.identity.sending":`Envoi de la pièce… {percent} %`,"dossier.identity.received":`Pièce reçue le {date} à {time}.`,"dossier.identity.pending":`Elle sera vérifiée avant l’émission du certificat.`,"dossier.identity.verified":`Identité vérifiée.`,"dossier.identity.refused":`La pièce d’identité a été refusée : {reason}`,"dossier.identity.uploadAgain":`Déposez une nouvelle pièce d’identité.`,"dossier.identity.replace":`Pour la remplacer, choisissez un autre fichier.`,"dossier.signature.intro":`Une fois toutes ces informations renseignées, il reste à signer le dossier.`,"dossier.signature.online":`Signature en ligne`,"dossier.signature.onlineHelp":`Par un code reçu par SMS sur le mobile du mandataire : il n’est pas utile d’avoir un certificat eIDAS valide.`,"dossier.signature.handwritten":`Signature manuscrite`,"dossier.signature.handwrittenHelp":`Le dossier est imprimé, signé, puis envoyé par courrier à l’adresse indiquée dessus.`,"dossier.signature.choose":`Choisir ce mode de signature`,"dossier.signature.incomplete":`Le dossier n’est pas encore complet :`,"dossier.signature.fix":`Compléter l’étape {label}`,"dossier.signature.review":`Vérifiez le dossier avant de le signer.`,"dossier.signature.codeTo":`Le code est envoyé par SMS au mobile du mandataire, {phone}.`,"dossier.signature.bothSign":`Le mandataire et le bénéficiaire signent chacun le dossier, avec le code reçu par SMS sur leur propre mobile, dans l’ordre de votre choix.`,"dossier.signature.signers":`Signataires`,"dossier.signature.toSign":`À signer`,"dossier.signature.signedOn":`Signé le {date} à {time}`,"dossier.signature.sendCodeTo":`Envoyer le code à {name} ({phone})`,"dossier.signature.codeFor":`Code de {name} :`,"dossier.signature.sendCode":`Recevoir le code par SMS`,"dossier.signature.codeSent":`Code envoyé au {phone}. Il expire à {time}.`,"dossier.signature.codeSentEarlier":`Un code a été envoyé à {time}.`,"dossier.signature.codeHelp":`Les 6 chiffres reçus par SMS.`,"dossier.signature.confirm":`Valider`,"dossier.signature.confirming":`Validation…`,"dossier.signature.resend":`Renvoyer le code`,"dossier.signature.resendIn":`Vous pourrez renvoyer le code dans {n} s.`,"dossier.signature.download":`Télécharger le dossier (PDF)`,"dossier.signature.downloading":`Préparation du PDF…`,"dossier.signature.downloaded":`Dossier téléchargé : imprimez-le et signez-le.`,"dossier.signature.postTo":`Envoyez le dossier signé par courrier à :`,"dossier.signature.paperDone":`J’ai imprimé et signé le dossier`,"dossier.signature.after":`Quand le dossier est complet, signé et reçu, le certificat sera généré et envoyé selon le mode de réception choisi.`,"dossier.summary.title":`Récapitulatif du dossier`,"dossier.summary.readOnly":`Le dossier est signé : il ne peut plus être modifié.`,"dossier.summary.sameAsMandataire":`Le mandataire ({name})`,"dossier.summary.signedOnline":`signé le {date} à {time}`,"dossier.summary.signedPaper":`déclarée le {date}, dossier à envoyer par courrier`,"dossier.summary.paperReceived":`dossier papier reçu`,"dossier.summary.waiting":`En attente :`,"dossier.summary.certificate":`Certificat n° {serial}, valable jusqu’au {date}.`,"dossier.summary.shipped":`Expédié le {date} par {carrier}, numéro de suivi : {tracking}.`,"dossier.summary.atPostOffice":`Disponible en bureau de poste depuis le {date}.`,"dossier.summary.reason":`Motif : {reason}`,"dossier.summary.none":`Non renseigné`},T=e({fr:Te,en:()=>import(`./dossier-en-CZMtw7ps.js`).then(e=>e.dossierEn)}),E=T.text,Ee=T.has;function D(e,t,n){return ge(e,t,n,`day`)}function O(e,t,n){return ge(e,t,n,`time`)}var De=s`
.radios{
gap:0.5rem;
}

.radios .choice{
padding:0.4rem 0;
}

.choice>span{
display:flex;
flex-direction:column;
gap:0.15rem;
}

.choice .label{
font-weight:600;
}

.choice.disabled{
color:var(--_muted);
cursor:not-allowed;
}

.choice .help,
.field-help{
font-size:0.9rem;
color:var(--_muted);
}

.choice .reason{
font-size:0.9rem;
color:var(--_text);
font-style:italic;
}

.req{
color:var(--_danger);
}

.note{
border-left:4px solid var(--_primary);
padding:0.5rem 0.75rem;
background:var(--_surface-alt);
border-radius:var(--_radius);
color:var(--_text);
}

.file{
display:flex;
flex-direction:column;
gap:0.35rem;
}

.file label{
font-weight:600;
}

.file input[type='file']{
font:inherit;
min-height:44px;
max-width:100%;
}

progress{
width:100%;
height:0.75rem;
accent-color:var(--_primary);
}

.actions{
display:flex;
flex-wrap:wrap;
gap:0.5rem;
align-items:center;
}

.actions button:not(.primary){
background:var(--_surface);
color:var(--_primary);
border:1px solid var(--_primary);
}

button:disabled{
cursor:not-allowed;
opacity:0.65;
}

.code-row{
display:flex;
flex-wrap:wrap;
gap:0.5rem;
align-items:flex-start;
}

.code-row certinomis-field{
flex:1 1 12rem;
max-width:16rem;
}

.code-row button{
margin-top:1.85rem;
}


ul.signers{
list-style:none;
padding:0;
margin:0 0 1rem;
display:grid;
gap:0.75rem;
}

ul.signers li{
display:flex;
flex-wrap:wrap;
gap:0.25rem 1rem;
align-items:center;
justify-content:space-between;
}

ul.signers button{
overflow-wrap:anywhere;
}

address{
font-style:normal;
white-space:pre-line;
font-weight:600;
}

.summary section + section{
border-top:1px solid var(--_border);
margin-top:0.75rem;
padding-top:0.75rem;
}

.facts{
margin:0.25rem 0 0;
}

@container (max-width:24rem){
.facts{
grid-template-columns:1fr;
}

.facts dd{
margin-bottom:0.35rem;
}
}

ul.missing{
margin:0.25rem 0 0;
padding-left:1.2rem;
}
`,Oe=s`
${ee}
${p}

header p{
margin:0;
}

.title{
font-size:1.15rem;
font-weight:700;
}

.order-line{
color:var(--_muted);
overflow-wrap:anywhere;
}

.badge{
display:inline-block;
padding:0.2rem 0.65rem;
border-radius:999px;
background:var(--_surface-alt);
border:1px solid var(--_border);
font-weight:600;
font-size:0.9rem;
}

.badge.to_sign,
.badge.awaiting_paper,
.badge.awaiting_payment{
border-color:#b54708;
color:#93370d;
}

.badge.in_review,
.badge.issued,
.badge.shipped,
.badge.at_post_office{
border-color:#1a7f37;
color:#116329;
}

.badge.refused,
.badge.cancelled{
border-color:var(--_danger);
color:var(--_danger);
}

.notice{
padding:var(--_space);
border:1px solid #b54708;
border-left-width:6px;
border-radius:var(--_radius);
}

.error p,
.notice p{
margin:0 0 0.5rem;
}
`;function k(e){return e.normalize(`NFD`).replace(/\p{M}/gu,``).replace(/\s+/g,` `).trim().toLocaleLowerCase(`fr`)}function A(e,t){if(!t)return!1;if(t.sameAsMandataire)return!0;if(!e)return!1;let n=t.person;return k(e.firstName)===k(n.firstName)&&k(e.lastName)===k(n.lastName)&&e.email.trim().toLowerCase()===n.email.trim().toLowerCase()}function j(e){return A(e.mandataire,e.beneficiaire)?[`mandataire`]:[...de]}function M(e,t){if(t===`mandataire`)return e.mandataire??null;let n=e.beneficiaire;return n?n.sameAsMandataire?e.mandataire:n.person:null}function ke(e,t){return M(e,t)?.mobile??null}var Ae={codeSentAt:null,codeSentForVersion:null,signedAt:null};function N(e,t){return e.signers?.[t]||(e.signers===void 0&&t===`mandataire`?{codeSentAt:e.codeSentAt,codeSentForVersion:e.codeSentForVersion,signedAt:null}:Ae)}function je(e,t){return N(e,t).signedAt!==null}function Me(e){return j(e).filter(t=>!je(e,t))}function Ne(e,t){return y(t)?x(t,e)?[]:[{field:`step`,key:`validation.step_locked`}]:[{field:`step`,key:`validation.step`}]}function Pe(e,t,n){let r=Ne(e,t);if(r.length>0||!y(t))return{ok:!1,issues:r};if(typeof n!=`object`||!n||Array.isArray(n))return{ok:!1,issues:[{field:t,key:`validation.type`}]};let i=ue[t],a=ne(i,n);if(!a.success)return{ok:!1,issues:ae(a.issues,t)};let o=a.output;if(t===`delivery`&&b(o,e.identity))return{ok:!1,issues:[{field:`delivery.mode`,key:`validation.mail_requires_online_identity`}]};if(t===`identity`){let t=o;if(b(e.delivery,t))return{ok:!1,issues:[{field:`identity.method`,key:`validation.mail_requires_online_identity`}]}}return{ok:!0,step:t,value:o}}function P(e){let t=e?.organisation??e?.prefill?.organisation;return he(t?.postalCode,t?.country)}function Fe(e,t,n){let r=F(e),i=Pe(r,t,n);if(!i.ok)return i.issues;if(t!==`identity`)return[];let a=i.value;return S({...r,identity:a}).filter(e=>e.field===`identity.document`)}function F(e){return{...e.data,issues:[]}}function I(e){return P(e.data)}function L(e,t){let n=`dossier.field.${t.split(`.`).at(-1)??``}`;return Ee(n)?E(e,n):``}function R(e){return e.replace(/ /g,`\xA0`)}function z(e,t){return E(e,`dossier.step.${t}`)}var B=()=>({civility:``,firstName:``,lastName:``,email:``,mobile:``,function:``});function V(e){return e?{...e,mobile:_(e.mobile)}:B()}function Ie(e){let t=e.context.prefill?.contact;if(!t)return{person:B(),phone:null};let n=te(t.phone)?_(t.phone):``;return{person:{civility:t.civility.toUpperCase(),firstName:t.firstName,lastName:t.lastName,email:t.email,mobile:n,function:``},phone:n===``&&t.phone.trim()!==``?_(t.phone):null}}function H(e){return e?`${e.firstName} ${e.lastName}`.trim():``}var Le=e=>e.replace(/[^A-Za-z0-9_-]/g,`-`),U=class extends d{constructor(...e){super(...e),this.step=null,this.draftOf=null}static{this.styles=[n,se,De]}draft(){return{}}resetDraft(){}willUpdate(){let e=`${this.view.dossier.id}:${this.view.dossier.version}`;e!==this.draftOf&&(this.draftOf=e,this.resetDraft())}get locale(){return this.view.locale}errorOf(e){return this.view.errors.get(e)??null}heading(e){return f`<h2 tabindex="-1">${e}</h2>`}field(e,t,n,r={}){return oe({...r,name:e,label:L(this.locale,e),value:t,error:this.errorOf(e),onInput:t=>{n(t),this.view.clearErrors(e)}})}personFields(e,t,n,r){let{locale:i}=this;return f`<p class="note">${E(i,`dossier.namesHelp`)}</p>
<div class="grid">
${this.field(`${e}.civility`,t.civility,e=>n(`civility`,e),{type:`select`,autocomplete:`off`,options:[{value:``,label:E(i,`dossier.choose`)},{value:`MME`,label:E(i,`dossier.mme`)},{value:`MR`,label:E(i,`dossier.mr`)}]})}
<span class="spacer"></span>
${this.field(`${e}.firstName`,t.firstName,e=>n(`firstName`,e),{autocomplete:`off`})}
${this.field(`${e}.lastName`,t.lastName,e=>n(`lastName`,e),{autocomplete:`off`})}
${this.field(`${e}.email`,t.email,e=>n(`email`,e),{type:`email`,autocomplete:`off`})}
${this.field(`${e}.mobile`,t.mobile,e=>n(`mobile`,e),{type:`tel`,inputmode:`tel`,autocomplete:`off`,help:r})}
${this.field(`${e}.function`,t.function,e=>n(`function`,e),{autocomplete:`off`,wide:!0})}
</div>`}radios(e,t,n,r,i){let o=this.errorOf(e),s=Le(e);return f`<fieldset class="radios" data-path=${e}>
<legend>${t}<span class="req" aria-hidden="true"> *</span></legend>
${r.map(t=>{let r=!!t.disabledReason,c=`${s}-${t.value}-help`,l=`${s}-${t.value}-reason`,u=[t.help?c:``,r?l:``,o&&!r?`${s}-error`:``].filter(Boolean).join(` `)||a;return f`<label class="choice ${r?`disabled`:``}">
<input
type="radio"
name=${e}
.value=${t.value}
.checked=${n===t.value}
?disabled=${r}
aria-describedby=${u}
aria-invalid=${o&&!r?`true`:`false`}
@change=${()=>{i(t.value),this.view.clearErrors(e)}}
/>
<span>
<span class="label">${t.label}</span>
${t.help?f`<span class="help" id=${c}>${t.help}</span>`:a}
${r?f`<span class="reason" id=${l}>${t.disabledReason}</span>`:a}
</span>
</label>`})}
<p class="error" id="${s}-error" ?hidden=${!o}>${o}</p>
</fieldset>`}showsError(e){for(let t of this.renderRoot.querySelectorAll(`certinomis-field[name], [data-path]`))if((t.getAttribute(`data-path`)??t.getAttribute(`name`)??``).split(` `).includes(e))return!0;return!1}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusAction(e){await this.updateComplete;let t=this.renderRoot.querySelector(`[data-action="${e}"]:not(:disabled)`);return t?.focus(),t!==null}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`certinomis-field[error], input[aria-invalid="true"]:not(:disabled)`);return e?.focus(),e!==null}};u([h({attribute:!1})],U.prototype,`view`,void 0);var W=class extends U{constructor(...e){super(...e),this.step=`beneficiaire`,this.same=!1,this.person=B()}draft(){return this.same?{sameAsMandataire:!0}:{sameAsMandataire:!1,person:{...this.person}}}resetDraft(){let e=this.view.context.beneficiaire??this.view.context.prefill?.renewal?.beneficiaire;this.same=e?.sameAsMandataire??!1,this.person=e&&!e.sameAsMandataire?V(e.person):B()}render(){let{locale:e}=this,t=H(this.view.context.mandataire);return f`
${this.heading(E(e,`dossier.heading.beneficiaire`))}
<p class="intro">${E(e,`dossier.beneficiaire.intro`)}</p>
<label class="choice">
<input
type="checkbox"
name="beneficiaire.sameAsMandataire"
.checked=${this.same}
aria-describedby="same-help"
@change=${e=>{this.same=e.target.checked,this.view.clearErrors(`beneficiaire`)}}
/>
<span>
<span class="label">${E(e,`dossier.beneficiaire.same`)}</span>
<span class="help" id="same-help">
${t?E(e,`dossier.beneficiaire.sameName`,{name:t}):``}
</span>
</span>
</label>
${this.same?``:f`<fieldset>
<legend>${E(e,`dossier.beneficiaire.person`)}</legend>
<p class="help">${E(e,`dossier.required`)}</p>
${this.personFields(`beneficiaire.person`,this.person,(e,t)=>{this.person={...this.person,[e]:t}},E(e,`dossier.mobileHelp`))}
</fieldset>`}
`}};u([l()],W.prototype,`same`,void 0),u([l()],W.prototype,`person`,void 0),W=u([t(`certinomis-dossier-beneficiaire`)],W);var G=class extends U{constructor(...e){super(...e),this.step=`delivery`,this.recipient=``,this.mode=``}get onePerson(){let{context:e}=this.view;return A(e.mandataire,e.beneficiaire)}draft(){return{recipient:this.onePerson?`mandataire`:this.recipient,mode:this.mode}}resetDraft(){let e=this.view.context.delivery??this.view.context.prefill?.renewal?.delivery;this.recipient=e?.recipient??``,this.mode=e?.mode??``}render(){let{locale:e}=this,{context:t}=this.view,n={mandataire:H(t.mandataire),beneficiaire:H(w(t))},r=b({mode:`mail`},t.identity),i=t=>t===`mail`&&r?`${E(e,`dossier.delivery.mailDisabled`)} ${g(e,`validation.mail_requires_online_identity`)}`:null;return f`
${this.heading(E(e,`dossier.heading.delivery`))}
<p class="intro">${E(e,`dossier.delivery.intro`)}</p>
${this.onePerson?f`<p class="recipient" data-path="delivery.recipient">
${E(e,`dossier.delivery.onePerson`,{name:n.mandataire})}
</p>`:this.radios(`delivery.recipient`,E(e,`dossier.field.recipient`),this.recipient,fe.map(t=>({value:t,label:E(e,`dossier.delivery.${t}`),help:n[t]})),e=>{this.recipient=e})}
${this.radios(`delivery.mode`,E(e,`dossier.field.mode`),this.mode,me.map(t=>({value:t,label:E(e,`dossier.delivery.${t}`),...t===`mail`&&!r?{help:E(e,`dossier.delivery.mailHelp`)}:{},disabledReason:i(t)})),e=>{this.mode=e})}
${this.mode===`mail`&&!r?this.mailAddress():a}
`}mailAddress(){let{locale:e}=this,{context:t}=this.view,n=t.organisation,r=this.onePerson?`mandataire`:this.recipient,i=r===`mandataire`?H(t.mandataire):r===`beneficiaire`?H(w(t)):``;return f`<div class="mail-address" role="group" aria-labelledby="mail-address-title">
<p id="mail-address-title">${E(e,`dossier.delivery.mailTo`)}</p>
${n?f`<address>${[i,n.name,n.address,`${n.postalCode} ${n.city}`].filter(e=>e.trim()).join(`
`)}</address>`:a}
<button type="button" class="secondary" ?disabled=${this.view.busy}
@click=${()=>this.view.goTo(`organisation`)}>
${E(e,`dossier.delivery.changeAddress`,{label:z(e,`organisation`)})}
</button>
</div>`}};u([l()],G.prototype,`recipient`,void 0),u([l()],G.prototype,`mode`,void 0),G=u([t(`certinomis-dossier-delivery`)],G);var K=class extends d{constructor(...e){super(...e),this.locale=`fr`,this.current=null,this.reachable=[],this.complete=[],this.disabled=!1}static{this.styles=[n,ce,s`
button{
display:inline-flex;
align-items:center;
gap:0.5rem;
padding:0.25rem 0.4rem 0.25rem 0.15rem;
min-height:44px;
border:none;
background:none;
color:inherit;
font-weight:inherit;
}

button:disabled{
cursor:not-allowed;
opacity:0.6;
}

.done .n{
background:var(--_surface-alt);
}

.done button::after{
content:'✓';
color:#1a7f37;
font-weight:700;
}
`]}render(){let{locale:e}=this;return f`<ol aria-label=${E(e,`dossier.steps`)}>
${v.map((t,n)=>{let r=t===this.current,i=this.complete.includes(t),o=this.reachable.includes(t);return f`<li class=${r?`current`:i?`done`:``} data-step=${t}>
<button
type="button"
part="step"
?disabled=${!o||this.disabled}
aria-current=${r?`step`:a}
@click=${()=>{r||this.choose(t)}}
>
<span class="n" aria-hidden="true">${n+1}</span>
<span class="visually-hidden">${n+1}.</span> ${z(e,t)}${i?f`<span class="visually-hidden"> (${E(e,`dossier.done`)})</span>`:o?a:f`<span class="visually-hidden"> (${E(e,`dossier.locked`)})</span>`}
</button>
</li>`})}
</ol>`}choose(e){this.dispatchEvent(new CustomEvent(`certinomis-dossier-goto`,{detail:{step:e},bubbles:!0,composed:!0}))}};u([h()],K.prototype,`locale`,void 0),u([h({attribute:!1})],K.prototype,`current`,void 0),u([h({attribute:!1})],K.prototype,`reachable`,void 0),u([h({attribute:!1})],K.prototype,`complete`,void 0),u([h({type:Boolean})],K.prototype,`disabled`,void 0),K=u([t(`certinomis-dossier-stepper`)],K);function Re(e,t){let n=e instanceof o?e:new o(0,null),r=n.problem;switch(n.status){case 409:return{kind:`reload`,notice:r?.changed&&r.detail?r.detail:E(t,`dossier.stale`)};case 422:if(r?.errors?.length)return{kind:`fields`,errors:r.errors.map(e=>[e.field,e.message])};break;case 413:case 415:return{kind:`file`,message:r?.detail??r?.title??``};case 429:return{kind:`general`,message:E(t,`dossier.throttled`,{n:n.retryAfter??60}),emit:!1};case 401:return{kind:`general`,message:E(t,`dossier.sessionExpired`),emit:!0}}return n.status===0||n.status>=500?{kind:`general`,message:E(t,n.status===0?`dossier.unreachable`:`dossier.failed`),emit:!0}:{kind:`general`,message:r?.detail??r?.title??E(t,`dossier.failed`),emit:!1}}function ze(e,t){return e.status===401?E(t,`dossier.sessionExpired`):e.status===404?E(t,`dossier.notFound`):e.status===0?E(t,`dossier.unreachable`):E(t,`dossier.failed`)}function Be(e,t){let[n]=t;if(!n)return null;let r=L(e,n[0]);return E(e,re(e,t.length,`dossier.errors`),{n:t.length,first:r?`${r} : ${n[1]}`:n[1]})}function Ve(e){return new CustomEvent(`certinomis:error`,{detail:{status:e.status,title:e.problem?.title??e.message},bubbles:!0,composed:!0})}var He=[`image/jpeg`,`image/png`,`application/pdf`];function Ue(e,t){let{locale:n,context:r,dossier:i,upload:o}=e,s=e.errors.get(`file`)??e.errors.get(`identity.document`)??null,c=i.documents[0]?.uploadedAt??r.identitySubmittedAt,l=r.documentUploaded&&c,u=r.identityStatus===`refused`,d=o.state===`sending`,p=[`file-help`,s?`file-error`:``].filter(Boolean).join(` `);return f`<div class="file" data-path="file identity.document">
${u?f`<div class="alert" role="alert">
<strong class="error">
${E(n,`dossier.identity.refused`,{reason:r.identityRefusalReason??``})}
</strong>
<span>${E(n,`dossier.identity.uploadAgain`)}</span>
</div>`:l?f`<p class="ok" data-received>
${E(n,`dossier.identity.received`,{date:D(c,n,I(i)),time:O(c,n,I(i))})}
${r.identityStatus===`verified`?E(n,`dossier.identity.verified`):E(n,`dossier.identity.pending`)}
</p>`:a}
${r.identityStatus===`verified`?a:f`<label for="file">
${E(n,`dossier.field.file`)}${t?f`<span class="req" aria-hidden="true"> *</span>`:a}
</label>
<input
id="file"
type="file"
name="file"
accept=${He.join(`,`)}
?disabled=${d||e.busy}
aria-required=${t?`true`:`false`}
aria-describedby=${p}
aria-invalid=${s?`true`:`false`}
@change=${t=>{let n=t.target,r=n.files?.[0];n.value=``,r&&e.uploadDocument(r)}}
/>
<p class="field-help" id="file-help">
${E(n,`dossier.identity.fileHelp`)}
${l&&!u?E(n,`dossier.identity.replace`):``}
</p>`}
${d?f`<progress max="100" value=${o.percent} aria-labelledby="sending"></progress>
<p id="sending">${E(n,`dossier.identity.sending`,{percent:o.percent})}</p>`:a}
<p class="error" id="file-error" ?hidden=${!s}>${s}</p>
</div>`}var q=class extends U{constructor(...e){super(...e),this.step=`identity`,this.method=``}draft(){return{method:this.method}}resetDraft(){this.method=this.view.context.identity?.method??``}render(){let{locale:e}=this,{context:t}=this.view;return f`
${this.heading(E(e,`dossier.heading.identity`))}
<p class="intro">${E(e,`dossier.identity.intro`)}</p>
${this.radios(`identity.method`,E(e,`dossier.identity.method`),this.method,le.map(t=>({value:t,label:E(e,`dossier.identity.${t}`),help:E(e,t===`online`?`dossier.identity.onlineHelp`:`dossier.identity.faceHelp`)})),e=>{this.method=e})}
${this.method===`online`?Ue(this.view,!(t.identity?.method===`online`&&t.documentUploaded)):a}
`}};u([l()],q.prototype,`method`,void 0),q=u([t(`certinomis-dossier-identity`)],q);var J=class extends U{constructor(...e){super(...e),this.step=`mandataire`,this.person=B(),this.prefilled=!1,this.orderPhone=null}draft(){return{...this.person}}resetDraft(){let e=this.view.context.mandataire;if(e){this.person=V(e),this.prefilled=!1,this.orderPhone=null;return}let t=this.view.context.prefill?.renewal?.mandataire;if(t){this.person=V(t),this.prefilled=!0,this.orderPhone=null;return}let{person:n,phone:r}=Ie(this.view);this.person=n,this.prefilled=this.view.context.prefill?.contact!==void 0,this.orderPhone=r}prefillNote(){let e=this.view.context.prefill?.renewal;return e?E(this.locale,`dossier.renewal.prefilled`,{reference:e.orderReference}):E(this.locale,`dossier.mandataire.prefilled`)}render(){let{locale:e}=this,t=this.orderPhone!==null&&this.person.mobile.trim()===``?E(e,`dossier.mandataire.notMobile`,{phone:R(this.orderPhone)}):E(e,`dossier.mobileHelp`);return f`
${this.heading(E(e,`dossier.heading.mandataire`))}
<p class="intro">${E(e,`dossier.mandataire.intro`)}</p>
${this.prefilled?f`<p class="note">${this.prefillNote()}</p>`:a}
<p class="help">${E(e,`dossier.required`)}</p>
${this.personFields(`mandataire`,this.person,(e,t)=>{this.person={...this.person,[e]:t}},t)}
`}};u([l()],J.prototype,`person`,void 0),u([l()],J.prototype,`prefilled`,void 0),u([l()],J.prototype,`orderPhone`,void 0),J=u([t(`certinomis-dossier-mandataire`)],J);var Y=[`FR`,`BE`,`LU`,`CH`,`MC`,`DE`,`ES`,`IT`,`NL`,`PT`,`GB`,`IE`,`AT`];function We(e,t){let n=new Intl.DisplayNames([e],{type:`region`}),[r=`FR`,...i]=Y.includes(t)||t===``?Y:[...Y,t],a=e=>({value:e,label:n.of(e)??e});return[a(r),...i.map(a).sort((t,n)=>t.label.localeCompare(n.label,e))]}var X=class extends U{constructor(...e){super(...e),this.step=`organisation`,this.values={siret:``,name:``,address:``,postalCode:``,city:``,country:`FR`}}draft(){return{...this.values}}resetDraft(){let{organisation:e,prefill:t}=this.view.context,n=e??t?.organisation??{};this.values={siret:n.siret??``,name:n.name??``,address:n.address??``,postalCode:n.postalCode??``,city:n.city??``,country:n.country??`FR`}}set(e,t){this.values={...this.values,[e]:t}}render(){let{locale:e}=this,t=this.values;return f`
${this.heading(E(e,`dossier.heading.organisation`))}
<p class="intro">${E(e,`dossier.organisation.intro`)}</p>
<p class="help">${E(e,`dossier.required`)}</p>
<div class="grid">
${this.field(`organisation.siret`,t.siret,e=>this.set(`siret`,e),{inputmode:`numeric`,autocomplete:`off`})}
${this.field(`organisation.name`,t.name,e=>this.set(`name`,e),{autocomplete:`organization`})}
${this.field(`organisation.address`,t.address,e=>this.set(`address`,e),{autocomplete:`street-address`,wide:!0})}
${this.field(`organisation.postalCode`,t.postalCode,e=>this.set(`postalCode`,e),{autocomplete:`postal-code`,inputmode:`numeric`})}
${this.field(`organisation.city`,t.city,e=>this.set(`city`,e),{autocomplete:`address-level2`})}
${this.field(`organisation.country`,t.country,e=>this.set(`country`,e),{type:`select`,autocomplete:`country`,options:We(e,t.country)})}
</div>
`}};u([l()],X.prototype,`values`,void 0),X=u([t(`certinomis-dossier-organisation`)],X);function Ge(e,t){return t===`MME`?E(e,`dossier.mme`):t===`MR`?E(e,`dossier.mr`):t}function Z(e,t){return f`<dt>${e}</dt><dd>${t}</dd>`}function Ke(e,t){return f`${Z(E(e,`dossier.field.lastName`),`${Ge(e,t.civility)} ${H(t)}`)}
${Z(E(e,`dossier.field.function`),t.function)}
${Z(E(e,`dossier.field.email`),t.email)}
${Z(E(e,`dossier.field.mobile`),R(_(t.mobile)))}`}function qe(e){let{locale:t,context:n}=e,r=I(e.dossier),i=E(t,`dossier.summary.none`),o=(e,n)=>f`<section aria-labelledby="facts-${e}">
<h3 id="facts-${e}">${z(t,e)}</h3>
<dl class="facts">${n}</dl>
</section>`,{organisation:s,mandataire:c,beneficiaire:l,delivery:u,identity:d}=n,p=w(n),m=e.dossier.documents[0]?.uploadedAt??n.identitySubmittedAt;return f`
${o(`organisation`,s?f`${Z(E(t,`dossier.field.name`),s.name)}
${Z(E(t,`dossier.field.siret`),s.siret)}
${Z(E(t,`dossier.field.address`),`${s.address}, ${s.postalCode} ${s.city} (${s.country})`)}`:Z(z(t,`organisation`),i))}
${o(`mandataire`,c?Ke(t,c):Z(z(t,`mandataire`),i))}
${o(`beneficiaire`,l?.sameAsMandataire?Z(z(t,`beneficiaire`),E(t,`dossier.summary.sameAsMandataire`,{name:H(c)})):p?Ke(t,p):Z(z(t,`beneficiaire`),i))}
${o(`delivery`,u?f`${Z(E(t,`dossier.field.recipient`),`${E(t,`dossier.delivery.${u.recipient}`)} (${H(u.recipient===`mandataire`?c:p)})`)}
${Z(E(t,`dossier.field.mode`),E(t,`dossier.delivery.${u.mode}`))}`:Z(z(t,`delivery`),i))}
${o(`identity`,d?f`${Z(E(t,`dossier.field.method`),`${E(t,`dossier.identity.${d.method}`)}${n.identityStatus===`verified`?` — ${E(t,`dossier.identity.verified`)}`:``}`)}
${d.method===`online`?Z(E(t,`dossier.field.file`),n.documentUploaded&&m?E(t,`dossier.identity.received`,{date:D(m,t,r),time:O(m,t,r)}):i):a}`:Z(z(t,`identity`),i))}
${n.signedAt?o(`signature`,f`${Z(E(t,`dossier.field.method`),`${E(t,n.signatureMethod===`online`?`dossier.signature.online`:`dossier.signature.handwritten`)} — ${n.signatureMethod===`online`?E(t,`dossier.summary.signedOnline`,{date:D(n.signedAt,t,r),time:O(n.signedAt,t,r)}):n.paperReceived?E(t,`dossier.summary.paperReceived`):E(t,`dossier.summary.signedPaper`,{date:D(n.signedAt,t,r)})}`)}${Je(t,n)}`):a}
`}function Je(e,t){let n=j(t);return t.signatureMethod!==`online`||t.signers===void 0||n.length<2?a:n.map(n=>{let r=N(t,n).signedAt;return Z(`${z(e,n)} — ${H(M(t,n))}`,r?E(e,`dossier.signature.signedOn`,{date:D(r,e,P(t)),time:O(r,e,P(t))}):E(e,`dossier.signature.toSign`))})}function Ye(e){let t=e.split(`.`)[0];return v.includes(t??``)?t:null}function Xe(e){let{locale:t,payee:n,signature:r}=e;return f`<div class="actions">
<button
type="button"
class="secondary"
data-action="download"
?disabled=${r.pdf===`loading`}
aria-describedby="pdf-status"
@click=${()=>e.downloadPdf()}
>
${E(t,r.pdf===`loading`?`dossier.signature.downloading`:`dossier.signature.download`)}
</button>
<span id="pdf-status" class="ok">
${r.pdf===`done`?E(t,`dossier.signature.downloaded`):``}
</span>
</div>
${n?f`<p>${E(t,`dossier.signature.postTo`)}</p>
<address>${n.holder}
${n.address}
${n.postalCode} ${n.city}</address>`:a}`}var Q=class extends U{constructor(...e){super(...e),this.step=`signature`,this.method=``,this.code=``}draft(){return{method:this.method}}resetDraft(){this.method=this.view.context.signature?.method??``}render(){let{locale:e}=this,{context:t}=this.view,n=S(t),r=t.signature?.method??null;return f`
${this.heading(E(e,`dossier.heading.signature`))}
<p class="intro">${E(e,`dossier.signature.intro`)}</p>
${n.length>0?f`<div class="alert" data-incomplete>
<strong>${E(e,`dossier.signature.incomplete`)}</strong>
<ul class="missing">
${n.map(t=>f`<li>${g(e,t.key,t.params)}</li>`)}
</ul>
<div class="actions">
${[...new Set(n.map(e=>Ye(e.field)))].map(t=>t?f`<button type="button" class="secondary" ?disabled=${this.view.busy}
@click=${()=>this.view.goTo(t)}>
${E(e,`dossier.signature.fix`,{label:z(e,t)})}
</button>`:a)}
</div>
</div>`:a}
<details class="summary">
<summary>${E(e,`dossier.summary.title`)} — ${E(e,`dossier.signature.review`)}</summary>
${qe(this.view)}
</details>
${this.radios(`signature.method`,E(e,`dossier.signature.method`),this.method,pe.map(t=>({value:t,label:E(e,`dossier.signature.${t}`),help:E(e,t===`online`?`dossier.signature.onlineHelp`:`dossier.signature.handwrittenHelp`)})),e=>{this.method=e})}
${this.method!==``&&this.method!==r?f`<div class="actions">
<button type="button" class="primary" data-action="choose" ?disabled=${this.view.busy}
@click=${()=>this.view.chooseSignature(this.method===`online`?`online`:`handwritten`)}>
${E(e,`dossier.signature.choose`)}
</button>
</div>`:r===`online`&&this.method===`online`?this.online():r===`handwritten`&&this.method===`handwritten`?this.paper():a}
`}online(){let{locale:e}=this,{context:t,signature:n,busy:r}=this.view,i=C(t),o=j(t),s=n.signer,c=!je(t,s)&&N(t,s).codeSentForVersion!==null,l=R(_(ke(t,s)??``)),u=N(t,s).codeSentAt,d=n.sentTo!==null&&n.expiresAt!==null?E(e,`dossier.signature.codeSent`,{phone:R(n.sentTo),time:O(n.expiresAt,e,P(t))}):u?E(e,`dossier.signature.codeSentEarlier`,{time:O(u,e,P(t))}):``,p=o.length>1?this.signerList(i):a;if(!c)return f`<section class="card" aria-labelledby="online-title">
<h3 id="online-title">${E(e,`dossier.signature.online`)}</h3>
${o.length>1?p:f`<p>${E(e,`dossier.signature.codeTo`,{phone:l})}</p>
<div class="actions">
<button type="button" class="primary" data-action="send-code"
?disabled=${!i||r||n.requesting}
@click=${()=>this.view.requestCode(`mandataire`)}>
${E(e,`dossier.signature.sendCode`)}
</button>
</div>`}
${this.codeError()}
</section>`;let m=()=>{n.confirming||this.view.confirmCode(this.code)},ee=H(M(t,s));return f`<section class="card" aria-labelledby="online-title">
<h3 id="online-title">${E(e,`dossier.signature.online`)}</h3>
${p}
${o.length>1?f`<p data-code-for=${s}>${E(e,`dossier.signature.codeFor`,{name:ee})}</p>`:a}
<p data-sent>${d}</p>
<div class="code-row">
<certinomis-field
part="field"
data-action="code"
name="code"
label=${E(e,`dossier.field.code`)}
.value=${this.code}
required
inputmode="numeric"
autocomplete="one-time-code"
help=${E(e,`dossier.signature.codeHelp`)}
error=${this.errorOf(`code`)??a}
@input=${e=>{this.code=e.target.value,this.view.clearErrors(`code`)}}
@keydown=${e=>{e.key===`Enter`&&m()}}
></certinomis-field>
<button type="button" class="primary" data-action="confirm"
?disabled=${r||n.confirming}
aria-busy=${n.confirming?`true`:`false`}
@click=${m}>
${E(e,n.confirming?`dossier.signature.confirming`:`dossier.signature.confirm`)}
</button>
</div>
<div class="actions">
<button type="button" class="secondary" data-action="resend"
?disabled=${n.resendIn>0||r||n.requesting}
aria-describedby="resend-help"
@click=${()=>this.view.requestCode(s)}>
${E(e,`dossier.signature.resend`)}
</button>
<span id="resend-help" class="help">
${n.resendIn>0?E(e,`dossier.signature.resendIn`,{n:n.resendIn}):``}
</span>
</div>
${this.errorOf(`code`)?a:this.codeError()}
</section>`}signerList(e){let{locale:t}=this,{context:n,signature:r,busy:i}=this.view;return f`<p>${E(t,`dossier.signature.bothSign`)}</p>
<ul class="signers" aria-label=${E(t,`dossier.signature.signers`)}>
${j(n).map(o=>{let s=N(n,o).signedAt,c=H(M(n,o)),l=R(_(ke(n,o)??``)),u=E(t,`dossier.step.${o}`);return f`<li data-signer=${o}>
<span><strong>${c}</strong> — ${u}</span>
<span data-status class=${s?`ok`:``}>
${s?E(t,`dossier.signature.signedOn`,{date:D(s,t,P(n)),time:O(s,t,P(n))}):E(t,`dossier.signature.toSign`)}
</span>
${s?a:f`<button type="button" class="secondary" data-action="send-code"
data-signer=${o}
?disabled=${!e||i||r.requesting}
@click=${()=>this.view.requestCode(o)}>
${E(t,`dossier.signature.sendCodeTo`,{name:c,phone:l})}
</button>`}
</li>`})}
</ul>`}codeError(){let e=this.errorOf(`signature.code`)??this.errorOf(`signer`)??this.errorOf(`${this.view.signature.signer}.mobile`);return e?f`<p class="error" data-path="signature.code signer mandataire.mobile beneficiaire.mobile">${e}</p>`:a}paper(){let{locale:e}=this,{context:t,busy:n}=this.view;return f`<section class="card" aria-labelledby="paper-title">
<h3 id="paper-title">${E(e,`dossier.signature.handwritten`)}</h3>
${Xe(this.view)}
<div class="actions">
<button type="button" class="primary" data-action="paper"
?disabled=${!C(t)||n}
@click=${()=>this.view.choosePaper()}>
${E(e,`dossier.signature.paperDone`)}
</button>
</div>
<p class="help">${E(e,`dossier.signature.after`)}</p>
</section>`}};u([l()],Q.prototype,`method`,void 0),u([l()],Q.prototype,`code`,void 0),Q=u([t(`certinomis-dossier-signature`)],Q);var Ze=[`awaiting_paper`,`in_review`,`awaiting_payment`],Qe=class extends U{render(){let{locale:e}=this,{context:t,dossier:n}=this.view,r=Ze.includes(n.status)?Se(t).filter(e=>e!==`dossier_incomplete`&&e!==`not_signed`):[],i=t.refusalReason??t.cancelReason;return f`
${this.heading(E(e,`dossier.summary.title`))}
<p class="note">${E(e,`dossier.summary.readOnly`)}</p>
${r.length>0?f`<div data-waiting>
<p><strong>${E(e,`dossier.summary.waiting`)}</strong></p>
<ul class="missing">
${r.map(t=>f`<li>${g(e,Ce(t))}</li>`)}
</ul>
</div>`:a}
${t.certificate?f`<p class="ok">
${E(e,`dossier.summary.certificate`,{serial:t.certificate.serialNumber,date:D(t.certificate.notAfter,e,P(t))})}
</p>`:a}
${$e(e,t)}
${(n.status===`refused`||n.status===`cancelled`)&&i?f`<p class="error">${E(e,`dossier.summary.reason`,{reason:i})}</p>`:a}
${t.identityStatus===`refused`&&t.identity?.method===`online`?Ue(this.view,!0):a}
${n.status===`awaiting_paper`?f`<section class="card">${Xe(this.view)}</section>`:a}
<div class="summary">${qe(this.view)}</div>
`}};Qe=u([t(`certinomis-dossier-summary`)],Qe);function $e(e,t){let n=t.shipment;if(!n)return a;let r=D(n.at,e,P(t));return n.mode===`post_office`?f`<p class="ok" data-shipment>
${E(e,`dossier.summary.atPostOffice`,{date:r})}
</p>`:f`<p class="ok" data-shipment>
${T.parts(e,`dossier.summary.shipped`,{date:r,carrier:n.carrier,tracking:f`<strong>${n.trackingNumber}</strong>`})}
</p>`}function et(e,t,n){return f`<div class="error" role="alert">
<strong>${ze(t,e)}</strong>
${t.status===0||t.status>=500?f`<p></p><button type="button" class="primary" @click=${n}>
${E(e,`dossier.retry`)}
</button>`:a}
</div>`}function tt(e,t){return f`<header>
<div>
<p class="title">${E(e,`dossier.title`)}</p>
<p class="order-line">
${E(e,`dossier.orderLine`,{product:t.productLabel,reference:t.orderReference,date:D(t.orderDate,e,I(t)),position:t.position,quantity:t.quantity})}
</p>
</div>
<p>
<span class="visually-hidden">${E(e,`dossier.status`)} :</span>
<span class="badge ${t.status}" part="status" data-status=${t.status}
>${t.statusLabel}</span
>
</p>
</header>`}function nt(e){let t=new Set(S(e).map(e=>e.field.split(`.`)[0]));return v.filter(n=>n===`signature`?e.signedAt!==null:!t.has(n))}function rt(e,t,n,r,i){return f`<certinomis-dossier-stepper
exportparts="step"
locale=${e}
.current=${n}
.reachable=${be(t)}
.complete=${nt(t)}
?disabled=${r}
@certinomis-dossier-goto=${e=>i(e.detail.step)}
></certinomis-dossier-stepper>`}function it(e,t,n,r){return f`${t?f`<div class="notice" role="alert" data-notice><p>${t}</p></div>`:a}
${n?f`<div class="error" role="alert" data-failure><strong>${n}</strong></div>`:a}
${r.length>0?f`<div class="error" data-errors>
<strong>${ie(e,`review.fix`)}</strong>
<ul>
${r.map(([t,n])=>{let r=L(e,t);return f`<li>${r?`${r} : `:``}${n}</li>`})}
</ul>
</div>`:a}`}function at(e,t){switch(e){case`organisation`:return f`<certinomis-dossier-organisation data-screen exportparts="field" .view=${t}></certinomis-dossier-organisation>`;case`mandataire`:return f`<certinomis-dossier-mandataire data-screen exportparts="field" .view=${t}></certinomis-dossier-mandataire>`;case`beneficiaire`:return f`<certinomis-dossier-beneficiaire data-screen exportparts="field" .view=${t}></certinomis-dossier-beneficiaire>`;case`delivery`:return f`<certinomis-dossier-delivery data-screen .view=${t}></certinomis-dossier-delivery>`;case`identity`:return f`<certinomis-dossier-identity data-screen .view=${t}></certinomis-dossier-identity>`;case`signature`:return f`<certinomis-dossier-signature data-screen exportparts="field" .view=${t}></certinomis-dossier-signature>`;default:return f`<certinomis-dossier-summary data-screen .view=${t}></certinomis-dossier-summary>`}}function ot(e,t,n,r){let i=[];return t!==`organisation`&&i.push(`back`),t!==`signature`&&i.push(`next`),f`<certinomis-button-bar
part="buttons"
locale=${e}
.actions=${i}
?busy=${n}
@certinomis-action=${e=>r(e.detail.action)}
></certinomis-button-bar>`}var st=()=>({signer:`mandataire`,sentTo:null,expiresAt:null,resendIn:0,requesting:!1,confirming:!1,pdf:`idle`});function ct(e,t){let n=(t-Date.parse(e))/1e3;return Math.max(0,Math.ceil(60-n))}function lt(e,t){let n=Me(e);return n.includes(t)?t:n.find(t=>N(e,t).codeSentForVersion!==null)??n[0]??`mandataire`}var ut=class{constructor(e,t){this.host=e,this.requests=t,this.state=st(),this.ticker=null,e.addController(this)}hostDisconnected(){this.stopTicker()}reset(){this.stopTicker(),this.set(st())}follow(e,t){let n=F(t),r=lt(n,this.state.signer);r!==this.state.signer&&this.set({signer:r,sentTo:null,expiresAt:null});let i=N(n,r);i.codeSentForVersion===null?this.state.sentTo!==null&&this.set({sentTo:null,expiresAt:null}):(e===null||e.id!==t.id)&&this.countDown(ct(i.codeSentAt??``,Date.now()))}async request(e=this.state.signer){let{requests:t}=this,n=t.dossier;if(!n||t.busy||this.state.requesting)return;e!==this.state.signer&&(this.set({signer:e,sentTo:null,expiresAt:null}),this.countDown(0)),this.set({requesting:!0});let r={};await t.run(async()=>{let i=await t.client.requestSignatureCode(n.id,t.accessToken,n.version,e);return r.sent=i,i.dossier},`signature`,e=>{if(!(e instanceof o&&e.status===429))return!1;let n=e.retryAfter??60;return t.refuse(`signature.code`,E(t.locale,`dossier.throttled`,{n}),!1),this.countDown(n),!0});let i=r.sent;i&&(this.set({sentTo:i.sentTo,expiresAt:i.expiresAt}),this.countDown(60),t.focusAction(`code`),t.announce(E(t.locale,`dossier.signature.codeSent`,{phone:i.sentTo,time:O(i.expiresAt,t.locale,I(i.dossier))}))),this.set({requesting:!1})}async confirm(e){let{requests:t}=this,n=t.dossier;if(!n||t.busy)return;let r=e.replace(/\s/g,``);/^\d{6}$/.test(r)?(this.set({confirming:!0}),await t.run(()=>t.client.confirmSignature(n.id,t.accessToken,n.version,r,this.state.signer)),this.set({confirming:!1})):t.refuse(`code`,g(t.locale,`validation.code_format`))}async downloadPdf(){let{requests:e}=this,t=e.dossier;if(t&&this.state.pdf!==`loading`){this.set({pdf:`loading`});try{let{blob:n,fileName:r}=await e.client.getDossierPdf(t.id,e.accessToken),i=URL.createObjectURL(n),a=document.createElement(`a`);a.href=i,a.download=r,a.hidden=!0,e.root.appendChild(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(i),6e4),this.set({pdf:`done`}),e.announce(E(e.locale,`dossier.signature.downloaded`))}catch(t){this.set({pdf:`idle`}),await e.fail(t)}}}countDown(e){if(this.set({resendIn:e}),this.stopTicker(),e<=0)return;let t=Date.now()+e*1e3;this.ticker=setInterval(()=>{let e=Math.max(0,Math.ceil((t-Date.now())/1e3));this.set({resendIn:e}),e===0&&this.stopTicker()},1e3)}stopTicker(){this.ticker!==null&&clearInterval(this.ticker),this.ticker=null}set(e){this.state={...this.state,...e},this.host.requestUpdate()}};function dt(e){return e.size===0?`validation.file_required`:e.size>10485760?`problem.file_too_large.detail`:e.type!==``&&!He.includes(e.type)?`problem.file_type.detail`:null}function ft(e,t){return t>0?Math.min(100,Math.round(e/t*100)):0}var pt=class{constructor(e,t){this.host=e,this.requests=t,this.state={state:`idle`},e.addController(this)}hostDisconnected(){}reset(){this.set({state:`idle`})}async upload(e){let{requests:t}=this,n=t.dossier;if(!n||t.busy)return;let r=t.locale,i=dt(e);if(i){t.refuse(`file`,g(r,i));return}let a=t.step??void 0;if(n.editable&&F(n).identity?.method!==`online`&&!await t.send({type:`dossier.save`,step:`identity`,data:{method:`online`}},a))return;let o=t.dossier;if(!o)return;this.set({state:`sending`,percent:0}),t.announce(E(r,`dossier.identity.sending`,{percent:0}));let s=await t.run(()=>t.client.uploadDossierDocument(o.id,t.accessToken,e,{version:o.version,onProgress:(e,t)=>this.set({state:`sending`,percent:ft(e,t)})}),a);this.set({state:`idle`});let c=s?.documents[0]?.uploadedAt;c&&t.announce(E(r,`dossier.identity.received`,{date:D(c,r,I(o)),time:O(c,r,I(o))}))}set(e){this.state=e,this.host.requestUpdate()}},$=class extends d{constructor(...e){super(...e),this.dossierId=``,this.accessToken=``,this.focusOnLoad=!1,this.api=``,this.locale=`fr`,this.partnerKey=null,this.load={state:`idle`},this.dossier=null,this.step=null,this.errors=/* @__PURE__ */ new Map,this.unplaced=[],this.busy=!1,this.notice=null,this.failure=null,this.payee=null,this.announcement=``,this.abort=null,this.pendingFocus=null,this.requests=this.lend(),this.upload=new pt(this,this.requests),this.signature=new ut(this,this.requests),this.language=new m(this,()=>this.loc)}static{this.styles=[n,Oe]}get current(){return this.dossier}async getUpdateComplete(){return await super.getUpdateComplete(),await this.language.settled,super.getUpdateComplete()}get loc(){return c(this.locale)}willUpdate(e){(!this.client||e.has(`api`)||e.has(`locale`)||e.has(`partnerKey`))&&(this.client=new we({baseUrl:this.api||globalThis.location.origin,partnerKey:this.partnerKey,locale:this.loc})),e.has(`dossierId`)&&e.get(`dossierId`)&&(this.dossier=null,this.step=null,this.errors=/* @__PURE__ */ new Map,this.notice=null,this.failure=null,this.upload.reset(),this.signature.reset()),(e.has(`dossierId`)||e.has(`accessToken`)||e.has(`api`)||e.has(`locale`))&&this.dossierId&&this.accessToken&&this.reload()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async reload(e=null){this.abort?.abort();let t=new AbortController;this.abort=t,this.dossier||(this.load={state:`loading`});try{let n=await this.client.getDossier(this.dossierId,this.accessToken,t.signal);if(t.signal.aborted)return;this.errors=/* @__PURE__ */ new Map,this.failure=null,this.notice=e;let r=this.dossier===null;this.apply(n),this.load={state:`ready`},r&&this.focusOnLoad&&(this.pendingFocus=`heading`),e&&(this.pendingFocus=`heading`,this.announce(e))}catch(e){if(t.signal.aborted)return;let n=e instanceof o?e:new o(0,null);this.load={state:`error`,error:n},this.dispatchEvent(Ve(n))}}apply(e,t){let n=this.dossier;this.dossier=e,this.payee=e.payee;let r=e.editable&&y(e.step)?e.step:null,i=t&&e.editable?t:r;i!==this.step&&(n!==null&&(this.pendingFocus=`heading`),this.step=i),this.signature.follow(n,e),n?.id===e.id&&n.editable&&!e.editable&&this.dispatchEvent(new CustomEvent(`certinomis:dossier-submitted`,{detail:{id:e.id,status:e.status},bubbles:!0,composed:!0}))}lend(){let e=this;return{get locale(){return e.loc},get accessToken(){return e.accessToken},get client(){return e.client},get dossier(){return e.dossier},get step(){return e.step},get busy(){return e.busy},get root(){return e.renderRoot},run:(e,t,n)=>this.run(e,t,n),send:(e,t)=>this.send(e,t),refuse:(e,t,n)=>this.refuse(e,t,n),announce:e=>this.announce(e),fail:e=>this.fail(e),focusAction:e=>{this.pendingFocus={action:e},this.requestUpdate()}}}async run(e,t,n){this.busy=!0,this.notice=null,this.failure=null;try{let n=await e();return this.errors=/* @__PURE__ */ new Map,this.announcement=``,this.apply(n,t),n}catch(e){return n?.(e)||await this.fail(e),null}finally{this.busy=!1}}send(e,t){let n=this.dossier;return n?this.run(()=>this.client.sendDossierEvent(n.id,this.accessToken,n.version,e),t):Promise.resolve(null)}async next(){let e=this.dossier,t=this.screen(),n=this.step;if(!e||!t||!n||this.busy)return;let r=t.draft(),i=Fe(e,n,r);i.length>0?this.showIssues(i):await this.send({type:`dossier.save`,step:n,data:r})}back(){let e=this.step?v.indexOf(this.step):-1,t=v[e-1];t&&!this.busy&&this.goTo(t)}async goTo(e){this.busy||await this.send({type:`dossier.goTo`,step:e})}async chooseSignature(e){this.busy||await this.send({type:`dossier.save`,step:`signature`,data:{method:e}},`signature`)&&(this.pendingFocus={action:e===`online`?`send-code`:`download`})}async choosePaper(){this.busy||await this.send({type:`signature.choosePaper`})}async fail(e){let t=Re(e,this.loc);switch(t.kind){case`reload`:await this.reload(t.notice);return;case`fields`:this.showErrors(t.errors);return;case`file`:this.refuse(`file`,t.message);return;case`general`:this.failure=t.message,t.emit&&this.dispatchEvent(Ve(e instanceof o?e:new o(0,null)))}}showIssues(e){this.showErrors(e.map(e=>[e.field,g(this.loc,e.key,e.params)]))}showErrors(e,t=!0){this.errors=new Map(e);let n=Be(this.loc,e);n&&this.announce(n),t&&(this.pendingFocus=`error`)}refuse(e,t,n=!0){this.showErrors([[e,t]],n)}clearErrors(e){if(this.errors.size===0)return;let t=[...this.errors].filter(([t])=>t!==e&&!t.startsWith(`${e}.`));t.length!==this.errors.size&&(this.errors=new Map(t))}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}screen(){return this.renderRoot.querySelector(`[data-screen]`)}async updated(e){let t=this.screen();if(e.has(`errors`)||e.has(`step`)){await t?.updateComplete;let e=[...this.errors].filter(([e])=>!t?.showsError(e));(e.length>0||this.unplaced.length>0)&&(this.unplaced=e)}let n=this.pendingFocus;n&&(this.pendingFocus=null,t&&(await t.updateComplete,n===`error`&&await t.focusFirstError()||typeof n==`object`&&await t.focusAction(n.action)||await t.focusHeading()))}render(){let{loc:e}=this,t=f`<div class="visually-hidden" role="status" aria-live="polite">
${this.announcement}
</div>`;if(this.load.state===`error`)return et(e,this.load.error,()=>this.reload());let n=this.dossier;if(!n)return f`<div class="status" role="status" aria-live="polite">
${E(e,`dossier.loading`)}
</div>`;let r=F(n),i={locale:e,dossier:n,context:r,errors:this.errors,busy:this.busy,upload:this.upload.state,signature:this.signature.state,payee:this.payee,clearErrors:e=>this.clearErrors(e),goTo:e=>void this.goTo(e),uploadDocument:e=>void this.upload.upload(e),refuse:(e,t)=>this.refuse(e,t),chooseSignature:e=>void this.chooseSignature(e),requestCode:e=>void this.signature.request(e),confirmCode:e=>void this.signature.confirm(e),downloadPdf:()=>void this.signature.downloadPdf(),choosePaper:()=>void this.choosePaper()};return f`<div class="frame" aria-busy=${this.busy?`true`:`false`}>
${tt(e,n)}
${n.editable?rt(e,r,this.step,this.busy,e=>void this.goTo(e)):a}
${it(e,this.notice,this.failure,this.unplaced)}
${at(this.step,i)}
${n.editable&&this.step?ot(e,this.step,this.busy,e=>{e===`next`&&this.next(),e===`back`&&this.back()}):a}
</div>
${t}`}};u([h({attribute:`dossier-id`})],$.prototype,`dossierId`,void 0),u([h({attribute:!1})],$.prototype,`accessToken`,void 0),u([h({type:Boolean,attribute:`focus-on-load`})],$.prototype,`focusOnLoad`,void 0),u([h()],$.prototype,`api`,void 0),u([h()],$.prototype,`locale`,void 0),u([h({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),u([l()],$.prototype,`load`,void 0),u([l()],$.prototype,`dossier`,void 0),u([l()],$.prototype,`step`,void 0),u([l()],$.prototype,`errors`,void 0),u([l()],$.prototype,`unplaced`,void 0),u([l()],$.prototype,`busy`,void 0),u([l()],$.prototype,`notice`,void 0),u([l()],$.prototype,`failure`,void 0),u([l()],$.prototype,`payee`,void 0),u([l()],$.prototype,`announcement`,void 0),$=u([t(`certinomis-dossier`)],$);export{$ as CertinomisDossier};
//# sourceMappingURL=certinomis-dossier-0-as6Ivi.js.map