import{A as e,C as t,F as n,I as r,L as i,N as a,P as o,T as s,V as c,a as l,b as u,g as d,h as f,i as p,j as m,k as ee,r as te,z as h}from"./certinomis-order.js";import{a as ne,c as re,d as ie,i as ae,m as oe,r as se,s as g,t as ce,u as le}from"./date-time-CPst7M_h.js";import{L as ue,q as _}from"./machine-controller-DopOd4qV.js";import{O as v,a as de,f as y,k as fe,n as pe,r as me,t as he}from"./purchase-shared-BqDOY6g7.js";import{t as ge}from"./plural-DheKwRht.js";var _e=[`organisation`,`mandataire`,`beneficiaire`,`delivery`,`identity`];function b(e){return typeof e==`string`&&g.includes(e)}function x(e,t){return e?.mode===`mail`&&t!==null&&t.method!==`online`}function ve(e,t){let n=t[e];if(n===null)return[{field:e,key:`validation.step_incomplete`}];let r=ue(ie[e],n);return r.success?e===`delivery`&&x(t.delivery,t.identity)?[{field:`delivery.mode`,key:`validation.mail_requires_online_identity`}]:[]:y(r.issues,e)}function ye(e,t){return ve(e,t).length===0}function S(e,t){let n=g.indexOf(e);return g.slice(0,n).every(e=>ye(e,t))}function be(e){return g.filter(t=>S(t,e))}function C(e){let t=_e.flatMap(t=>ve(t,e));return e.identity?.method===`online`&&!e.documentUploaded&&t.push({field:`identity.document`,key:`validation.identity_document_required`}),t}function w(e){return C(e).length===0}function xe(e){return e.paymentMethod!==`mandate`&&!e.paid}function Se(e){let t=[];return w(e)||t.push(`dossier_incomplete`),e.signedAt===null&&t.push(`not_signed`),e.signatureMethod===`handwritten`&&!e.paperReceived&&t.push(`paper_not_received`),e.identityStatus!==`verified`&&t.push(`identity_not_verified`),xe(e)&&t.push(`payment_not_received`),t}function Ce(e){return`dossier.missing.${e}`}function T(e){let t=e.beneficiaire;return t===null?null:t.sameAsMandataire?e.mandataire:t.person}var we=class extends e{getDossier(e,t,n){return this.dossierCall(e,``,t,{method:`GET`,signal:n})}sendDossierEvent(e,t,n,r){return this.dossierCall(e,`/events`,t,{method:`POST`,version:n,json:r})}requestSignatureCode(e,t,n,r=`mandataire`){return this.dossierCall(e,`/signature/code`,t,{method:`POST`,version:n,json:{signer:r}})}confirmSignature(e,t,n,r,i=`mandataire`){return this.dossierCall(e,`/signature`,t,{method:`POST`,version:n,json:{code:r,signer:i}})}async uploadDossierDocument(e,t,n,r={}){let i=new FormData;i.set(`file`,n,r.fileName??(n instanceof File?n.name:`document`));let a={method:`POST`,version:r.version,body:i,signal:r.signal};if(!r.onProgress||typeof XMLHttpRequest>`u`)return this.dossierCall(e,`/documents`,t,a);let o=r.onProgress,s=await new Promise((n,s)=>{let c=new XMLHttpRequest;c.open(`POST`,this.url(`/v1/dossiers/${encodeURIComponent(e)}/documents`));for(let[e,n]of Object.entries(this.headers(t,a.version)))c.setRequestHeader(e,n);c.responseType=`blob`,c.upload.onprogress=e=>o(e.loaded,e.total),c.onload=()=>{let e=new Headers;for(let t of c.getAllResponseHeaders().trim().split(/[\r\n]+/)){let n=t.indexOf(`:`);n>0&&e.set(t.slice(0,n).trim(),t.slice(n+1).trim())}n(new Response(c.response,{status:c.status,headers:e}))},c.onerror=()=>s(new m(0,null)),c.onabort=()=>s(new DOMException(`Aborted`,`AbortError`)),r.signal?.addEventListener(`abort`,()=>c.abort(),{once:!0}),c.send(i)});return(await this.checked(s)).json()}async getDossierPdf(e,t,n){let r=await this.dossierFetch(e,`/pdf`,t,{method:`GET`,signal:n}),i=r.headers.get(`Content-Disposition`)??``,a=/filename="([^"]+)"/.exec(i)?.[1]??`dossier-${e}.pdf`;return{blob:await r.blob(),fileName:a}}async dossierCall(e,t,n,r){return await(await this.dossierFetch(e,t,n,r)).json()}async dossierFetch(e,t,n,r){let i=this.headers(n,r.version);r.json!==void 0&&(i[`Content-Type`]=`application/json`);let a;try{a=await(this.options.fetch??fetch)(this.url(`/v1/dossiers/${encodeURIComponent(e)}${t}`),{method:r.method,headers:i,...r.json===void 0?{}:{body:JSON.stringify(r.json)},...r.body?{body:r.body}:{},...r.signal?{signal:r.signal}:{}})}catch(e){throw r.signal?.aborted?e:new m(0,null)}return this.checked(a)}headers(e,t){return{Accept:`application/json`,"Accept-Language":this.options.locale,Authorization:`Bearer ${e}`,...this.options.partnerKey?{"X-Partner-Key":this.options.partnerKey}:{},...t===void 0?{}:{"If-Match":`"${t}"`}}}},Te={"dossier.loading":`Chargement du dossier…`,"dossier.title":`Dossier de demande de certificat`,"dossier.orderLine":`{product} — {reference} du {date} (certificat {position} sur {quantity})`,"dossier.status":`Statut du dossier`,"dossier.steps":`Étapes du dossier`,"dossier.done":`terminée`,"dossier.locked":`pas encore accessible`,"dossier.goTo":`Aller à l’étape {n} : {label}`,"dossier.stale":`Le dossier a été modifié entre-temps : vérifiez puis recommencez.`,"dossier.unreachable":u.network,"dossier.failed":u.failed,"dossier.notFound":`Ce dossier est introuvable.`,"dossier.sessionExpired":`Votre session a expiré : reconnectez-vous pour continuer.`,"dossier.throttled":`Trop de demandes : réessayez dans {n} s.`,"dossier.retry":u.retry,"dossier.errors":u.errors,"dossier.errors.one":u.errorsOne,"dossier.required":u.required,"dossier.saving":`Enregistrement…`,"dossier.choose":`Choisir…`,"dossier.mme":`Madame`,"dossier.mr":`Monsieur`,"dossier.step.organisation":`Organisme`,"dossier.step.mandataire":`Mandataire`,"dossier.step.beneficiaire":`Bénéficiaire`,"dossier.step.delivery":`Remise`,"dossier.step.identity":`Identité`,"dossier.step.signature":`Signature`,"dossier.heading.organisation":`Organisme`,"dossier.heading.mandataire":`Mandataire`,"dossier.heading.beneficiaire":`Bénéficiaire du certificat`,"dossier.heading.delivery":`Remise du certificat`,"dossier.heading.identity":`Vérification de l’identité du bénéficiaire`,"dossier.heading.signature":`Signature du dossier`,"dossier.field.siret":`SIRET`,"dossier.field.name":`Raison sociale`,"dossier.field.address":`Adresse`,"dossier.field.postalCode":`Code postal`,"dossier.field.city":`Ville`,"dossier.field.country":`Pays`,"dossier.field.civility":`Civilité`,"dossier.field.firstName":`Prénoms`,"dossier.field.lastName":`Nom`,"dossier.field.email":`E-mail`,"dossier.field.mobile":`Téléphone mobile`,"dossier.field.function":`Fonction`,"dossier.field.recipient":`Le certificat est remis à`,"dossier.field.mode":`Mode de remise`,"dossier.field.method":`Mode`,"dossier.identity.method":`Mode de vérification`,"dossier.signature.method":`Mode de signature`,"dossier.field.file":`Pièce d’identité du bénéficiaire`,"dossier.field.code":`Code reçu par SMS`,"dossier.organisation.intro":`L’organisme pour lequel le certificat est demandé, pré-rempli avec celui de la commande : vérifiez-le.`,"dossier.mandataire.intro":`Le mandataire est la personne qui pourra autoriser une demande de certificat et sa révocation. C’est lui qui signe le dossier : le code de signature est envoyé par SMS sur son mobile.`,"dossier.renewal.prefilled":`Pré-rempli à partir du certificat {reference} que cette commande renouvelle : vérifiez, modifiez si besoin, puis confirmez.`,"dossier.mandataire.prefilled":`Pré-rempli avec la personne qui a passé la commande : modifiez-le si le mandataire est une autre personne.`,"dossier.mandataire.notMobile":`Le numéro donné à la commande ({phone}) n’est pas un mobile : indiquez un mobile (06 ou 07) pour recevoir le code de signature.`,"dossier.mobileHelp":`Mobile français : 06 ou 07.`,"dossier.beneficiaire.intro":`Le bénéficiaire est la personne qui utilisera le certificat.`,"dossier.beneficiaire.same":`Le bénéficiaire est le mandataire`,"dossier.beneficiaire.sameName":`Le certificat sera établi au nom de {name}.`,"dossier.beneficiaire.person":`Le bénéficiaire`,"dossier.namesHelp":`Nom et prénoms exactement comme sur la pièce d’identité.`,"dossier.delivery.intro":`Indiquez à qui sera remis le certificat (le mandataire ou le bénéficiaire directement), et comment.`,"dossier.delivery.mandataire":`Le mandataire`,"dossier.delivery.beneficiaire":`Le bénéficiaire`,"dossier.delivery.post_office":`Dans un bureau de poste`,"dossier.delivery.mail":`Par courrier`,"dossier.delivery.onePerson":`Le bénéficiaire est le mandataire : le certificat sera remis à {name}.`,"dossier.delivery.mailTo":`Le certificat sera envoyé par courrier à :`,"dossier.delivery.changeAddress":`Changer l’adresse (étape {label})`,"dossier.delivery.mailHelp":`Seulement si vous choisissez une vérification de l’identité en ligne (étape suivante).`,"dossier.delivery.mailDisabled":`Indisponible : vous avez choisi la vérification d’identité en face à face dans un bureau de poste.`,"dossier.identity.intro":`Vérification de l’identité du bénéficiaire : pour des questions de sécurité, cette étape est obligatoire.`,"dossier.identity.online":`En ligne, après scan d’une pièce d’identité`,"dossier.identity.onlineHelp":`Déposez le scan ou la photo de la pièce d’identité du bénéficiaire (carte d’identité, passeport).`,"dossier.identity.face_to_face":`En face à face, dans un bureau de poste`,"dossier.identity.faceHelp":`Le bénéficiaire présente sa pièce d’identité dans un bureau de poste.`,"dossier.identity.fileHelp":`JPEG, PNG ou PDF, 10 Mo au plus.`,"dossier.identity.sending":`Envoi de la pièce… {percent} %`,"dossier.identity.received":`Pièce reçue le {date} à {time}.`,"dossier.identity.pending":`Elle sera vérifiée avant l’émission du certificat.`,"dossier.identity.verified":`Identité vérifiée.`,"dossier.identity.refused":`La pièce d’identité a été refusée : {reason}`,"dossier.identity.uploadAgain":`Déposez une nouvelle pièce d’identité.`,"dossier.identity.replace":`Pour la remplacer, choisissez un autre fichier.`,"dossier.signature.intro":`Une fois toutes ces informations renseignées, il reste à signer le dossier.`,"dossier.signature.online":`Signature en ligne`,"dossier.signature.onlineHelp":`Par un code reçu par SMS sur le mobile du mandataire : il n’est pas utile d’avoir un certificat eIDAS valide.`,"dossier.signature.handwritten":`Signature manuscrite`,"dossier.signature.handwrittenHelp":`Le dossier est imprimé, signé, puis envoyé par courrier à l’adresse indiquée dessus.`,"dossier.signature.choose":`Choisir ce mode de signature`,"dossier.signature.incomplete":`Le dossier n’est pas encore complet :`,"dossier.signature.fix":`Compléter l’étape {label}`,"dossier.signature.review":`Vérifiez le dossier avant de le signer.`,"dossier.signature.codeTo":`Le code est envoyé par SMS au mobile du mandataire, {phone}.`,"dossier.signature.bothSign":`Le mandataire et le bénéficiaire signent chacun le dossier, avec le code reçu par SMS sur leur propre mobile, dans l’ordre de votre choix.`,"dossier.signature.signers":`Signataires`,"dossier.signature.toSign":`À signer`,"dossier.signature.signedOn":`Signé le {date} à {time}`,"dossier.signature.sendCodeTo":`Envoyer le code à {name} ({phone})`,"dossier.signature.codeFor":`Code de {name} :`,"dossier.signature.sendCode":`Recevoir le code par SMS`,"dossier.signature.codeSent":`Code envoyé au {phone}. Il expire à {time}.`,"dossier.signature.codeSentEarlier":`Un code a été envoyé à {time}.`,"dossier.signature.codeHelp":`Les 6 chiffres reçus par SMS.`,"dossier.signature.confirm":`Valider`,"dossier.signature.confirming":`Validation…`,"dossier.signature.resend":`Renvoyer le code`,"dossier.signature.resendIn":`Vous pourrez renvoyer le code dans {n} s.`,"dossier.signature.download":`Télécharger le dossier (PDF)`,"dossier.signature.downloading":`Préparation du PDF…`,"dossier.signature.downloaded":`Dossier téléchargé : imprimez-le et signez-le.`,"dossier.signature.postTo":`Envoyez le dossier signé par courrier à :`,"dossier.signature.paperDone":`J’ai imprimé et signé le dossier`,"dossier.signature.after":`Quand le dossier est complet, signé et reçu, le certificat sera généré et envoyé selon le mode de réception choisi.`,"dossier.summary.title":`Récapitulatif du dossier`,"dossier.summary.readOnly":`Le dossier est signé : il ne peut plus être modifié.`,"dossier.summary.sameAsMandataire":`Le mandataire ({name})`,"dossier.summary.signedOnline":`signé le {date} à {time}`,"dossier.summary.signedPaper":`déclarée le {date}, dossier à envoyer par courrier`,"dossier.summary.paperReceived":`dossier papier reçu`,"dossier.summary.waiting":`En attente :`,"dossier.summary.certificate":`Certificat n° {serial}, valable jusqu’au {date}.`,"dossier.summary.shipped":`Expédié le {date} par {carrier}, numéro de suivi : {tracking}.`,"dossier.summary.atPostOffice":`Disponible en bureau de poste depuis le {date}.`,"dossier.summary.reason":`Motif : {reason}`,"dossier.summary.none":`Non renseigné`},E=t({fr:Te,en:()=>ee(`widget/i18n/dossier-en.ts`,()=>import(`./dossier-en-CZMtw7ps.js`)).then(e=>e.dossierEn)}),D=E.text,Ee=E.has;function O(e,t,n){return ce(e,t,n,`day`)}function k(e,t,n){return ce(e,t,n,`time`)}var De=c`
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
`,Oe=c`
${l}
${te}

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
`;function A(e){return e.normalize(`NFD`).replace(/\p{M}/gu,``).replace(/\s+/g,` `).trim().toLocaleLowerCase(`fr`)}function ke(e,t){if(!t)return!1;if(t.sameAsMandataire)return!0;if(!e)return!1;let n=t.person;return A(e.firstName)===A(n.firstName)&&A(e.lastName)===A(n.lastName)&&e.email.trim().toLowerCase()===n.email.trim().toLowerCase()}function j(e){return ke(e.mandataire,e.beneficiaire)?[`mandataire`]:[...oe]}function M(e,t){if(t===`mandataire`)return e.mandataire??null;let n=e.beneficiaire;return n?n.sameAsMandataire?e.mandataire:n.person:null}function Ae(e,t){return M(e,t)?.mobile??null}var je={codeSentAt:null,codeSentForVersion:null,signedAt:null};function N(e,t){return e.signers?.[t]||(e.signers===void 0&&t===`mandataire`?{codeSentAt:e.codeSentAt,codeSentForVersion:e.codeSentForVersion,signedAt:null}:je)}function Me(e,t){return N(e,t).signedAt!==null}function Ne(e){return j(e).filter(t=>!Me(e,t))}function Pe(e,t){return b(t)?S(t,e)?[]:[{field:`step`,key:`validation.step_locked`}]:[{field:`step`,key:`validation.step`}]}function Fe(e,t,n){let r=Pe(e,t);if(r.length>0||!b(t))return{ok:!1,issues:r};if(typeof n!=`object`||!n||Array.isArray(n))return{ok:!1,issues:[{field:t,key:`validation.type`}]};let i=ie[t],a=ue(i,n);if(!a.success)return{ok:!1,issues:y(a.issues,t)};let o=a.output;if(t===`delivery`&&x(o,e.identity))return{ok:!1,issues:[{field:`delivery.mode`,key:`validation.mail_requires_online_identity`}]};if(t===`identity`){let t=o;if(x(e.delivery,t))return{ok:!1,issues:[{field:`identity.method`,key:`validation.mail_requires_online_identity`}]}}return{ok:!0,step:t,value:o}}function P(e){let t=e?.organisation??e?.prefill?.organisation;return se(t?.postalCode,t?.country)}function Ie(e,t,n){let r=F(e),i=Fe(r,t,n);if(!i.ok)return i.issues;if(t!==`identity`)return[];let a=i.value;return C({...r,identity:a}).filter(e=>e.field===`identity.document`)}function F(e){return{...e.data,issues:[]}}function I(e){return P(e.data)}function L(e,t){let n=`dossier.field.${t.split(`.`).at(-1)??``}`;return Ee(n)?D(e,n):``}function R(e){return e.replace(/ /g,`\xA0`)}function z(e,t){return D(e,`dossier.step.${t}`)}var B=()=>({civility:``,firstName:``,lastName:``,email:``,mobile:``,function:``});function V(e){return e?{...e,mobile:v(e.mobile)}:B()}function Le(e){let t=e.context.prefill?.contact;if(!t)return{person:B(),phone:null};let n=fe(t.phone)?v(t.phone):``;return{person:{civility:t.civility.toUpperCase(),firstName:t.firstName,lastName:t.lastName,email:t.email,mobile:n,function:``},phone:n===``&&t.phone.trim()!==``?v(t.phone):null}}function H(e){return e?`${e.firstName} ${e.lastName}`.trim():``}var Re=e=>e.replace(/[^A-Za-z0-9_-]/g,`-`),U=class extends r{constructor(...e){super(...e),this.step=null,this.draftOf=null}static{this.styles=[d,me,De]}draft(){return{}}resetDraft(){}willUpdate(){let e=`${this.view.dossier.id}:${this.view.dossier.version}`;e!==this.draftOf&&(this.draftOf=e,this.resetDraft())}get locale(){return this.view.locale}errorOf(e){return this.view.errors.get(e)??null}heading(e){return h`<h2 tabindex="-1">${e}</h2>`}field(e,t,n,r={}){return pe({...r,name:e,label:L(this.locale,e),value:t,error:this.errorOf(e),onInput:t=>{n(t),this.view.clearErrors(e)}})}personFields(e,t,n,r){let{locale:i}=this;return h`<p class="note">${D(i,`dossier.namesHelp`)}</p>
<div class="grid">
${this.field(`${e}.civility`,t.civility,e=>n(`civility`,e),{type:`select`,autocomplete:`off`,options:[{value:``,label:D(i,`dossier.choose`)},{value:`MME`,label:D(i,`dossier.mme`)},{value:`MR`,label:D(i,`dossier.mr`)}]})}
<span class="spacer"></span>
${this.field(`${e}.firstName`,t.firstName,e=>n(`firstName`,e),{autocomplete:`off`})}
${this.field(`${e}.lastName`,t.lastName,e=>n(`lastName`,e),{autocomplete:`off`})}
${this.field(`${e}.email`,t.email,e=>n(`email`,e),{type:`email`,autocomplete:`off`})}
${this.field(`${e}.mobile`,t.mobile,e=>n(`mobile`,e),{type:`tel`,inputmode:`tel`,autocomplete:`off`,help:r})}
${this.field(`${e}.function`,t.function,e=>n(`function`,e),{autocomplete:`off`,wide:!0})}
</div>`}radios(e,t,n,r,a){let o=this.errorOf(e),s=Re(e);return h`<fieldset class="radios" data-path=${e}>
<legend>${t}<span class="req" aria-hidden="true"> *</span></legend>
${r.map(t=>{let r=!!t.disabledReason,c=`${s}-${t.value}-help`,l=`${s}-${t.value}-reason`,u=[t.help?c:``,r?l:``,o&&!r?`${s}-error`:``].filter(Boolean).join(` `)||i;return h`<label class="choice ${r?`disabled`:``}">
<input
type="radio"
name=${e}
.value=${t.value}
.checked=${n===t.value}
?disabled=${r}
aria-describedby=${u}
aria-invalid=${o&&!r?`true`:`false`}
@change=${()=>{a(t.value),this.view.clearErrors(e)}}
/>
<span>
<span class="label">${t.label}</span>
${t.help?h`<span class="help" id=${c}>${t.help}</span>`:i}
${r?h`<span class="reason" id=${l}>${t.disabledReason}</span>`:i}
</span>
</label>`})}
<p class="error" id="${s}-error" ?hidden=${!o}>${o}</p>
</fieldset>`}showsError(e){for(let t of this.renderRoot.querySelectorAll(`certinomis-field[name], [data-path]`))if((t.getAttribute(`data-path`)??t.getAttribute(`name`)??``).split(` `).includes(e))return!0;return!1}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusAction(e){await this.updateComplete;let t=this.renderRoot.querySelector(`[data-action="${e}"]:not(:disabled)`);return t?.focus(),t!==null}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`certinomis-field[error], input[aria-invalid="true"]:not(:disabled)`);return e?.focus(),e!==null}};f([o({attribute:!1})],U.prototype,`view`,void 0);var W=class extends U{constructor(...e){super(...e),this.step=`beneficiaire`,this.same=!1,this.person=B()}draft(){return this.same?{sameAsMandataire:!0}:{sameAsMandataire:!1,person:{...this.person}}}resetDraft(){let e=this.view.context.beneficiaire??this.view.context.prefill?.renewal?.beneficiaire;this.same=e?.sameAsMandataire??!1,this.person=e&&!e.sameAsMandataire?V(e.person):B()}render(){let{locale:e}=this,t=H(this.view.context.mandataire);return h`
${this.heading(D(e,`dossier.heading.beneficiaire`))}
<p class="intro">${D(e,`dossier.beneficiaire.intro`)}</p>
<label class="choice">
<input
type="checkbox"
name="beneficiaire.sameAsMandataire"
.checked=${this.same}
aria-describedby="same-help"
@change=${e=>{this.same=e.target.checked,this.view.clearErrors(`beneficiaire`)}}
/>
<span>
<span class="label">${D(e,`dossier.beneficiaire.same`)}</span>
<span class="help" id="same-help">
${t?D(e,`dossier.beneficiaire.sameName`,{name:t}):``}
</span>
</span>
</label>
${this.same?``:h`<fieldset>
<legend>${D(e,`dossier.beneficiaire.person`)}</legend>
<p class="help">${D(e,`dossier.required`)}</p>
${this.personFields(`beneficiaire.person`,this.person,(e,t)=>{this.person={...this.person,[e]:t}},D(e,`dossier.mobileHelp`))}
</fieldset>`}
`}};f([a()],W.prototype,`same`,void 0),f([a()],W.prototype,`person`,void 0),W=f([n(`certinomis-dossier-beneficiaire`)],W);var G=class extends U{constructor(...e){super(...e),this.step=`delivery`,this.recipient=``,this.mode=``}get onePerson(){let{context:e}=this.view;return ke(e.mandataire,e.beneficiaire)}draft(){return{recipient:this.onePerson?`mandataire`:this.recipient,mode:this.mode}}resetDraft(){let e=this.view.context.delivery??this.view.context.prefill?.renewal?.delivery;this.recipient=e?.recipient??``,this.mode=e?.mode??``}render(){let{locale:e}=this,{context:t}=this.view,n={mandataire:H(t.mandataire),beneficiaire:H(T(t))},r=x({mode:`mail`},t.identity),a=t=>t===`mail`&&r?`${D(e,`dossier.delivery.mailDisabled`)} ${_(e,`validation.mail_requires_online_identity`)}`:null;return h`
${this.heading(D(e,`dossier.heading.delivery`))}
<p class="intro">${D(e,`dossier.delivery.intro`)}</p>
${this.onePerson?h`<p class="recipient" data-path="delivery.recipient">
${D(e,`dossier.delivery.onePerson`,{name:n.mandataire})}
</p>`:this.radios(`delivery.recipient`,D(e,`dossier.field.recipient`),this.recipient,ne.map(t=>({value:t,label:D(e,`dossier.delivery.${t}`),help:n[t]})),e=>{this.recipient=e})}
${this.radios(`delivery.mode`,D(e,`dossier.field.mode`),this.mode,ae.map(t=>({value:t,label:D(e,`dossier.delivery.${t}`),...t===`mail`&&!r?{help:D(e,`dossier.delivery.mailHelp`)}:{},disabledReason:a(t)})),e=>{this.mode=e})}
${this.mode===`mail`&&!r?this.mailAddress():i}
`}mailAddress(){let{locale:e}=this,{context:t}=this.view,n=t.organisation,r=this.onePerson?`mandataire`:this.recipient,a=r===`mandataire`?H(t.mandataire):r===`beneficiaire`?H(T(t)):``;return h`<div class="mail-address" role="group" aria-labelledby="mail-address-title">
<p id="mail-address-title">${D(e,`dossier.delivery.mailTo`)}</p>
${n?h`<address>${[a,n.name,n.address,`${n.postalCode} ${n.city}`].filter(e=>e.trim()).join(`
`)}</address>`:i}
<button type="button" class="secondary" ?disabled=${this.view.busy}
@click=${()=>this.view.goTo(`organisation`)}>
${D(e,`dossier.delivery.changeAddress`,{label:z(e,`organisation`)})}
</button>
</div>`}};f([a()],G.prototype,`recipient`,void 0),f([a()],G.prototype,`mode`,void 0),G=f([n(`certinomis-dossier-delivery`)],G);var K=class extends r{constructor(...e){super(...e),this.locale=`fr`,this.current=null,this.reachable=[],this.complete=[],this.disabled=!1}static{this.styles=[d,he,c`
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
`]}render(){let{locale:e}=this;return h`<ol aria-label=${D(e,`dossier.steps`)}>
${g.map((t,n)=>{let r=t===this.current,a=this.complete.includes(t),o=this.reachable.includes(t);return h`<li class=${r?`current`:a?`done`:``} data-step=${t}>
<button
type="button"
part="step"
?disabled=${!o||this.disabled}
aria-current=${r?`step`:i}
@click=${()=>{r||this.choose(t)}}
>
<span class="n" aria-hidden="true">${n+1}</span>
<span class="visually-hidden">${n+1}.</span> ${z(e,t)}${a?h`<span class="visually-hidden"> (${D(e,`dossier.done`)})</span>`:o?i:h`<span class="visually-hidden"> (${D(e,`dossier.locked`)})</span>`}
</button>
</li>`})}
</ol>`}choose(e){this.dispatchEvent(new CustomEvent(`certinomis-dossier-goto`,{detail:{step:e},bubbles:!0,composed:!0}))}};f([o()],K.prototype,`locale`,void 0),f([o({attribute:!1})],K.prototype,`current`,void 0),f([o({attribute:!1})],K.prototype,`reachable`,void 0),f([o({attribute:!1})],K.prototype,`complete`,void 0),f([o({type:Boolean})],K.prototype,`disabled`,void 0),K=f([n(`certinomis-dossier-stepper`)],K);function ze(e,t){let n=e instanceof m?e:new m(0,null),r=n.problem;switch(n.status){case 409:return{kind:`reload`,notice:r?.changed&&r.detail?r.detail:D(t,`dossier.stale`)};case 422:if(r?.errors?.length)return{kind:`fields`,errors:r.errors.map(e=>[e.field,e.message])};break;case 413:case 415:return{kind:`file`,message:r?.detail??r?.title??``};case 429:return{kind:`general`,message:D(t,`dossier.throttled`,{n:n.retryAfter??60}),emit:!1};case 401:return{kind:`general`,message:D(t,`dossier.sessionExpired`),emit:!0}}return n.status===0||n.status>=500?{kind:`general`,message:D(t,n.status===0?`dossier.unreachable`:`dossier.failed`),emit:!0}:{kind:`general`,message:r?.detail??r?.title??D(t,`dossier.failed`),emit:!1}}function Be(e,t){return e.status===401?D(t,`dossier.sessionExpired`):e.status===404?D(t,`dossier.notFound`):e.status===0?D(t,`dossier.unreachable`):D(t,`dossier.failed`)}function Ve(e,t){let[n]=t;if(!n)return null;let r=L(e,n[0]);return D(e,ge(e,t.length,`dossier.errors`),{n:t.length,first:r?`${r} : ${n[1]}`:n[1]})}function He(e){return new CustomEvent(`certinomis:error`,{detail:{status:e.status,title:e.problem?.title??e.message},bubbles:!0,composed:!0})}var Ue=[`image/jpeg`,`image/png`,`application/pdf`];function We(e,t){let{locale:n,context:r,dossier:a,upload:o}=e,s=e.errors.get(`file`)??e.errors.get(`identity.document`)??null,c=a.documents[0]?.uploadedAt??r.identitySubmittedAt,l=r.documentUploaded&&c,u=r.identityStatus===`refused`,d=o.state===`sending`,f=[`file-help`,s?`file-error`:``].filter(Boolean).join(` `);return h`<div class="file" data-path="file identity.document">
${u?h`<div class="alert" role="alert">
<strong class="error">
${D(n,`dossier.identity.refused`,{reason:r.identityRefusalReason??``})}
</strong>
<span>${D(n,`dossier.identity.uploadAgain`)}</span>
</div>`:l?h`<p class="ok" data-received>
${D(n,`dossier.identity.received`,{date:O(c,n,I(a)),time:k(c,n,I(a))})}
${r.identityStatus===`verified`?D(n,`dossier.identity.verified`):D(n,`dossier.identity.pending`)}
</p>`:i}
${r.identityStatus===`verified`?i:h`<label for="file">
${D(n,`dossier.field.file`)}${t?h`<span class="req" aria-hidden="true"> *</span>`:i}
</label>
<input
id="file"
type="file"
name="file"
accept=${Ue.join(`,`)}
?disabled=${d||e.busy}
aria-required=${t?`true`:`false`}
aria-describedby=${f}
aria-invalid=${s?`true`:`false`}
@change=${t=>{let n=t.target,r=n.files?.[0];n.value=``,r&&e.uploadDocument(r)}}
/>
<p class="field-help" id="file-help">
${D(n,`dossier.identity.fileHelp`)}
${l&&!u?D(n,`dossier.identity.replace`):``}
</p>`}
${d?h`<progress max="100" value=${o.percent} aria-labelledby="sending"></progress>
<p id="sending">${D(n,`dossier.identity.sending`,{percent:o.percent})}</p>`:i}
<p class="error" id="file-error" ?hidden=${!s}>${s}</p>
</div>`}var q=class extends U{constructor(...e){super(...e),this.step=`identity`,this.method=``}draft(){return{method:this.method}}resetDraft(){this.method=this.view.context.identity?.method??``}render(){let{locale:e}=this,{context:t}=this.view;return h`
${this.heading(D(e,`dossier.heading.identity`))}
<p class="intro">${D(e,`dossier.identity.intro`)}</p>
${this.radios(`identity.method`,D(e,`dossier.identity.method`),this.method,re.map(t=>({value:t,label:D(e,`dossier.identity.${t}`),help:D(e,t===`online`?`dossier.identity.onlineHelp`:`dossier.identity.faceHelp`)})),e=>{this.method=e})}
${this.method===`online`?We(this.view,!(t.identity?.method===`online`&&t.documentUploaded)):i}
`}};f([a()],q.prototype,`method`,void 0),q=f([n(`certinomis-dossier-identity`)],q);var J=class extends U{constructor(...e){super(...e),this.step=`mandataire`,this.person=B(),this.prefilled=!1,this.orderPhone=null}draft(){return{...this.person}}resetDraft(){let e=this.view.context.mandataire;if(e){this.person=V(e),this.prefilled=!1,this.orderPhone=null;return}let t=this.view.context.prefill?.renewal?.mandataire;if(t){this.person=V(t),this.prefilled=!0,this.orderPhone=null;return}let{person:n,phone:r}=Le(this.view);this.person=n,this.prefilled=this.view.context.prefill?.contact!==void 0,this.orderPhone=r}prefillNote(){let e=this.view.context.prefill?.renewal;return e?D(this.locale,`dossier.renewal.prefilled`,{reference:e.orderReference}):D(this.locale,`dossier.mandataire.prefilled`)}render(){let{locale:e}=this,t=this.orderPhone!==null&&this.person.mobile.trim()===``?D(e,`dossier.mandataire.notMobile`,{phone:R(this.orderPhone)}):D(e,`dossier.mobileHelp`);return h`
${this.heading(D(e,`dossier.heading.mandataire`))}
<p class="intro">${D(e,`dossier.mandataire.intro`)}</p>
${this.prefilled?h`<p class="note">${this.prefillNote()}</p>`:i}
<p class="help">${D(e,`dossier.required`)}</p>
${this.personFields(`mandataire`,this.person,(e,t)=>{this.person={...this.person,[e]:t}},t)}
`}};f([a()],J.prototype,`person`,void 0),f([a()],J.prototype,`prefilled`,void 0),f([a()],J.prototype,`orderPhone`,void 0),J=f([n(`certinomis-dossier-mandataire`)],J);var Y=[`FR`,`BE`,`LU`,`CH`,`MC`,`DE`,`ES`,`IT`,`NL`,`PT`,`GB`,`IE`,`AT`];function Ge(e,t){let n=new Intl.DisplayNames([e],{type:`region`}),[r=`FR`,...i]=Y.includes(t)||t===``?Y:[...Y,t],a=e=>({value:e,label:n.of(e)??e});return[a(r),...i.map(a).sort((t,n)=>t.label.localeCompare(n.label,e))]}var X=class extends U{constructor(...e){super(...e),this.step=`organisation`,this.values={siret:``,name:``,address:``,postalCode:``,city:``,country:`FR`}}draft(){return{...this.values}}resetDraft(){let{organisation:e,prefill:t}=this.view.context,n=e??t?.organisation??{};this.values={siret:n.siret??``,name:n.name??``,address:n.address??``,postalCode:n.postalCode??``,city:n.city??``,country:n.country??`FR`}}set(e,t){this.values={...this.values,[e]:t}}render(){let{locale:e}=this,t=this.values;return h`
${this.heading(D(e,`dossier.heading.organisation`))}
<p class="intro">${D(e,`dossier.organisation.intro`)}</p>
<p class="help">${D(e,`dossier.required`)}</p>
<div class="grid">
${this.field(`organisation.siret`,t.siret,e=>this.set(`siret`,e),{inputmode:`numeric`,autocomplete:`off`})}
${this.field(`organisation.name`,t.name,e=>this.set(`name`,e),{autocomplete:`organization`})}
${this.field(`organisation.address`,t.address,e=>this.set(`address`,e),{autocomplete:`street-address`,wide:!0})}
${this.field(`organisation.postalCode`,t.postalCode,e=>this.set(`postalCode`,e),{autocomplete:`postal-code`,inputmode:`numeric`})}
${this.field(`organisation.city`,t.city,e=>this.set(`city`,e),{autocomplete:`address-level2`})}
${this.field(`organisation.country`,t.country,e=>this.set(`country`,e),{type:`select`,autocomplete:`country`,options:Ge(e,t.country)})}
</div>
`}};f([a()],X.prototype,`values`,void 0),X=f([n(`certinomis-dossier-organisation`)],X);function Ke(e,t){return t===`MME`?D(e,`dossier.mme`):t===`MR`?D(e,`dossier.mr`):t}function Z(e,t){return h`<dt>${e}</dt><dd>${t}</dd>`}function qe(e,t){return h`${Z(D(e,`dossier.field.lastName`),`${Ke(e,t.civility)} ${H(t)}`)}
${Z(D(e,`dossier.field.function`),t.function)}
${Z(D(e,`dossier.field.email`),t.email)}
${Z(D(e,`dossier.field.mobile`),R(v(t.mobile)))}`}function Je(e){let{locale:t,context:n}=e,r=I(e.dossier),a=D(t,`dossier.summary.none`),o=(e,n)=>h`<section aria-labelledby="facts-${e}">
<h3 id="facts-${e}">${z(t,e)}</h3>
<dl class="facts">${n}</dl>
</section>`,{organisation:s,mandataire:c,beneficiaire:l,delivery:u,identity:d}=n,f=T(n),p=e.dossier.documents[0]?.uploadedAt??n.identitySubmittedAt;return h`
${o(`organisation`,s?h`${Z(D(t,`dossier.field.name`),s.name)}
${Z(D(t,`dossier.field.siret`),s.siret)}
${Z(D(t,`dossier.field.address`),`${s.address}, ${s.postalCode} ${s.city} (${s.country})`)}`:Z(z(t,`organisation`),a))}
${o(`mandataire`,c?qe(t,c):Z(z(t,`mandataire`),a))}
${o(`beneficiaire`,l?.sameAsMandataire?Z(z(t,`beneficiaire`),D(t,`dossier.summary.sameAsMandataire`,{name:H(c)})):f?qe(t,f):Z(z(t,`beneficiaire`),a))}
${o(`delivery`,u?h`${Z(D(t,`dossier.field.recipient`),`${D(t,`dossier.delivery.${u.recipient}`)} (${H(u.recipient===`mandataire`?c:f)})`)}
${Z(D(t,`dossier.field.mode`),D(t,`dossier.delivery.${u.mode}`))}`:Z(z(t,`delivery`),a))}
${o(`identity`,d?h`${Z(D(t,`dossier.field.method`),`${D(t,`dossier.identity.${d.method}`)}${n.identityStatus===`verified`?` — ${D(t,`dossier.identity.verified`)}`:``}`)}
${d.method===`online`?Z(D(t,`dossier.field.file`),n.documentUploaded&&p?D(t,`dossier.identity.received`,{date:O(p,t,r),time:k(p,t,r)}):a):i}`:Z(z(t,`identity`),a))}
${n.signedAt?o(`signature`,h`${Z(D(t,`dossier.field.method`),`${D(t,n.signatureMethod===`online`?`dossier.signature.online`:`dossier.signature.handwritten`)} — ${n.signatureMethod===`online`?D(t,`dossier.summary.signedOnline`,{date:O(n.signedAt,t,r),time:k(n.signedAt,t,r)}):n.paperReceived?D(t,`dossier.summary.paperReceived`):D(t,`dossier.summary.signedPaper`,{date:O(n.signedAt,t,r)})}`)}${Ye(t,n)}`):i}
`}function Ye(e,t){let n=j(t);return t.signatureMethod!==`online`||t.signers===void 0||n.length<2?i:n.map(n=>{let r=N(t,n).signedAt;return Z(`${z(e,n)} — ${H(M(t,n))}`,r?D(e,`dossier.signature.signedOn`,{date:O(r,e,P(t)),time:k(r,e,P(t))}):D(e,`dossier.signature.toSign`))})}function Xe(e){let t=e.split(`.`)[0];return g.includes(t??``)?t:null}function Ze(e){let{locale:t,payee:n,signature:r}=e;return h`<div class="actions">
<button
type="button"
class="secondary"
data-action="download"
?disabled=${r.pdf===`loading`}
aria-describedby="pdf-status"
@click=${()=>e.downloadPdf()}
>
${D(t,r.pdf===`loading`?`dossier.signature.downloading`:`dossier.signature.download`)}
</button>
<span id="pdf-status" class="ok">
${r.pdf===`done`?D(t,`dossier.signature.downloaded`):``}
</span>
</div>
${n?h`<p>${D(t,`dossier.signature.postTo`)}</p>
<address>${n.holder}
${n.address}
${n.postalCode} ${n.city}</address>`:i}`}var Q=class extends U{constructor(...e){super(...e),this.step=`signature`,this.method=``,this.code=``}draft(){return{method:this.method}}resetDraft(){this.method=this.view.context.signature?.method??``}render(){let{locale:e}=this,{context:t}=this.view,n=C(t),r=t.signature?.method??null;return h`
${this.heading(D(e,`dossier.heading.signature`))}
<p class="intro">${D(e,`dossier.signature.intro`)}</p>
${n.length>0?h`<div class="alert" data-incomplete>
<strong>${D(e,`dossier.signature.incomplete`)}</strong>
<ul class="missing">
${n.map(t=>h`<li>${_(e,t.key,t.params)}</li>`)}
</ul>
<div class="actions">
${[...new Set(n.map(e=>Xe(e.field)))].map(t=>t?h`<button type="button" class="secondary" ?disabled=${this.view.busy}
@click=${()=>this.view.goTo(t)}>
${D(e,`dossier.signature.fix`,{label:z(e,t)})}
</button>`:i)}
</div>
</div>`:i}
<details class="summary">
<summary>${D(e,`dossier.summary.title`)} — ${D(e,`dossier.signature.review`)}</summary>
${Je(this.view)}
</details>
${this.radios(`signature.method`,D(e,`dossier.signature.method`),this.method,le.map(t=>({value:t,label:D(e,`dossier.signature.${t}`),help:D(e,t===`online`?`dossier.signature.onlineHelp`:`dossier.signature.handwrittenHelp`)})),e=>{this.method=e})}
${this.method!==``&&this.method!==r?h`<div class="actions">
<button type="button" class="primary" data-action="choose" ?disabled=${this.view.busy}
@click=${()=>this.view.chooseSignature(this.method===`online`?`online`:`handwritten`)}>
${D(e,`dossier.signature.choose`)}
</button>
</div>`:r===`online`&&this.method===`online`?this.online():r===`handwritten`&&this.method===`handwritten`?this.paper():i}
`}online(){let{locale:e}=this,{context:t,signature:n,busy:r}=this.view,a=w(t),o=j(t),s=n.signer,c=!Me(t,s)&&N(t,s).codeSentForVersion!==null,l=R(v(Ae(t,s)??``)),u=N(t,s).codeSentAt,d=n.sentTo!==null&&n.expiresAt!==null?D(e,`dossier.signature.codeSent`,{phone:R(n.sentTo),time:k(n.expiresAt,e,P(t))}):u?D(e,`dossier.signature.codeSentEarlier`,{time:k(u,e,P(t))}):``,f=o.length>1?this.signerList(a):i;if(!c)return h`<section class="card" aria-labelledby="online-title">
<h3 id="online-title">${D(e,`dossier.signature.online`)}</h3>
${o.length>1?f:h`<p>${D(e,`dossier.signature.codeTo`,{phone:l})}</p>
<div class="actions">
<button type="button" class="primary" data-action="send-code"
?disabled=${!a||r||n.requesting}
@click=${()=>this.view.requestCode(`mandataire`)}>
${D(e,`dossier.signature.sendCode`)}
</button>
</div>`}
${this.codeError()}
</section>`;let p=()=>{n.confirming||this.view.confirmCode(this.code)},m=H(M(t,s));return h`<section class="card" aria-labelledby="online-title">
<h3 id="online-title">${D(e,`dossier.signature.online`)}</h3>
${f}
${o.length>1?h`<p data-code-for=${s}>${D(e,`dossier.signature.codeFor`,{name:m})}</p>`:i}
<p data-sent>${d}</p>
<div class="code-row">
<certinomis-field
part="field"
data-action="code"
name="code"
label=${D(e,`dossier.field.code`)}
.value=${this.code}
required
inputmode="numeric"
autocomplete="one-time-code"
help=${D(e,`dossier.signature.codeHelp`)}
error=${this.errorOf(`code`)??i}
@input=${e=>{this.code=e.target.value,this.view.clearErrors(`code`)}}
@keydown=${e=>{e.key===`Enter`&&p()}}
></certinomis-field>
<button type="button" class="primary" data-action="confirm"
?disabled=${r||n.confirming}
aria-busy=${n.confirming?`true`:`false`}
@click=${p}>
${D(e,n.confirming?`dossier.signature.confirming`:`dossier.signature.confirm`)}
</button>
</div>
<div class="actions">
<button type="button" class="secondary" data-action="resend"
?disabled=${n.resendIn>0||r||n.requesting}
aria-describedby="resend-help"
@click=${()=>this.view.requestCode(s)}>
${D(e,`dossier.signature.resend`)}
</button>
<span id="resend-help" class="help">
${n.resendIn>0?D(e,`dossier.signature.resendIn`,{n:n.resendIn}):``}
</span>
</div>
${this.errorOf(`code`)?i:this.codeError()}
</section>`}signerList(e){let{locale:t}=this,{context:n,signature:r,busy:a}=this.view;return h`<p>${D(t,`dossier.signature.bothSign`)}</p>
<ul class="signers" aria-label=${D(t,`dossier.signature.signers`)}>
${j(n).map(o=>{let s=N(n,o).signedAt,c=H(M(n,o)),l=R(v(Ae(n,o)??``)),u=D(t,`dossier.step.${o}`);return h`<li data-signer=${o}>
<span><strong>${c}</strong> — ${u}</span>
<span data-status class=${s?`ok`:``}>
${s?D(t,`dossier.signature.signedOn`,{date:O(s,t,P(n)),time:k(s,t,P(n))}):D(t,`dossier.signature.toSign`)}
</span>
${s?i:h`<button type="button" class="secondary" data-action="send-code"
data-signer=${o}
?disabled=${!e||a||r.requesting}
@click=${()=>this.view.requestCode(o)}>
${D(t,`dossier.signature.sendCodeTo`,{name:c,phone:l})}
</button>`}
</li>`})}
</ul>`}codeError(){let e=this.errorOf(`signature.code`)??this.errorOf(`signer`)??this.errorOf(`${this.view.signature.signer}.mobile`);return e?h`<p class="error" data-path="signature.code signer mandataire.mobile beneficiaire.mobile">${e}</p>`:i}paper(){let{locale:e}=this,{context:t,busy:n}=this.view;return h`<section class="card" aria-labelledby="paper-title">
<h3 id="paper-title">${D(e,`dossier.signature.handwritten`)}</h3>
${Ze(this.view)}
<div class="actions">
<button type="button" class="primary" data-action="paper"
?disabled=${!w(t)||n}
@click=${()=>this.view.choosePaper()}>
${D(e,`dossier.signature.paperDone`)}
</button>
</div>
<p class="help">${D(e,`dossier.signature.after`)}</p>
</section>`}};f([a()],Q.prototype,`method`,void 0),f([a()],Q.prototype,`code`,void 0),Q=f([n(`certinomis-dossier-signature`)],Q);var Qe=[`awaiting_paper`,`in_review`,`awaiting_payment`],$e=class extends U{render(){let{locale:e}=this,{context:t,dossier:n}=this.view,r=Qe.includes(n.status)?Se(t).filter(e=>e!==`dossier_incomplete`&&e!==`not_signed`):[],a=t.refusalReason??t.cancelReason;return h`
${this.heading(D(e,`dossier.summary.title`))}
<p class="note">${D(e,`dossier.summary.readOnly`)}</p>
${r.length>0?h`<div data-waiting>
<p><strong>${D(e,`dossier.summary.waiting`)}</strong></p>
<ul class="missing">
${r.map(t=>h`<li>${_(e,Ce(t))}</li>`)}
</ul>
</div>`:i}
${t.certificate?h`<p class="ok">
${D(e,`dossier.summary.certificate`,{serial:t.certificate.serialNumber,date:O(t.certificate.notAfter,e,P(t))})}
</p>`:i}
${et(e,t)}
${(n.status===`refused`||n.status===`cancelled`)&&a?h`<p class="error">${D(e,`dossier.summary.reason`,{reason:a})}</p>`:i}
${t.identityStatus===`refused`&&t.identity?.method===`online`?We(this.view,!0):i}
${n.status===`awaiting_paper`?h`<section class="card">${Ze(this.view)}</section>`:i}
<div class="summary">${Je(this.view)}</div>
`}};$e=f([n(`certinomis-dossier-summary`)],$e);function et(e,t){let n=t.shipment;if(!n)return i;let r=O(n.at,e,P(t));return n.mode===`post_office`?h`<p class="ok" data-shipment>
${D(e,`dossier.summary.atPostOffice`,{date:r})}
</p>`:h`<p class="ok" data-shipment>
${E.parts(e,`dossier.summary.shipped`,{date:r,carrier:n.carrier,tracking:h`<strong>${n.trackingNumber}</strong>`})}
</p>`}function tt(e,t,n){return h`<div class="error" role="alert">
<strong>${Be(t,e)}</strong>
${t.status===0||t.status>=500?h`<p></p><button type="button" class="primary" @click=${n}>
${D(e,`dossier.retry`)}
</button>`:i}
</div>`}function nt(e,t){return h`<header>
<div>
<p class="title">${D(e,`dossier.title`)}</p>
<p class="order-line">
${D(e,`dossier.orderLine`,{product:t.productLabel,reference:t.orderReference,date:O(t.orderDate,e,I(t)),position:t.position,quantity:t.quantity})}
</p>
</div>
<p>
<span class="visually-hidden">${D(e,`dossier.status`)} :</span>
<span class="badge ${t.status}" part="status" data-status=${t.status}
>${t.statusLabel}</span
>
</p>
</header>`}function rt(e){let t=new Set(C(e).map(e=>e.field.split(`.`)[0]));return g.filter(n=>n===`signature`?e.signedAt!==null:!t.has(n))}function it(e,t,n,r,i){return h`<certinomis-dossier-stepper
exportparts="step"
locale=${e}
.current=${n}
.reachable=${be(t)}
.complete=${rt(t)}
?disabled=${r}
@certinomis-dossier-goto=${e=>i(e.detail.step)}
></certinomis-dossier-stepper>`}function at(e,t,n,r){return h`${t?h`<div class="notice" role="alert" data-notice><p>${t}</p></div>`:i}
${n?h`<div class="error" role="alert" data-failure><strong>${n}</strong></div>`:i}
${r.length>0?h`<div class="error" data-errors>
<strong>${de(e,`review.fix`)}</strong>
<ul>
${r.map(([t,n])=>{let r=L(e,t);return h`<li>${r?`${r} : `:``}${n}</li>`})}
</ul>
</div>`:i}`}function ot(e,t){switch(e){case`organisation`:return h`<certinomis-dossier-organisation data-screen exportparts="field" .view=${t}></certinomis-dossier-organisation>`;case`mandataire`:return h`<certinomis-dossier-mandataire data-screen exportparts="field" .view=${t}></certinomis-dossier-mandataire>`;case`beneficiaire`:return h`<certinomis-dossier-beneficiaire data-screen exportparts="field" .view=${t}></certinomis-dossier-beneficiaire>`;case`delivery`:return h`<certinomis-dossier-delivery data-screen .view=${t}></certinomis-dossier-delivery>`;case`identity`:return h`<certinomis-dossier-identity data-screen .view=${t}></certinomis-dossier-identity>`;case`signature`:return h`<certinomis-dossier-signature data-screen exportparts="field" .view=${t}></certinomis-dossier-signature>`;default:return h`<certinomis-dossier-summary data-screen .view=${t}></certinomis-dossier-summary>`}}function st(e,t,n,r){let i=[];return t!==`organisation`&&i.push(`back`),t!==`signature`&&i.push(`next`),h`<certinomis-button-bar
part="buttons"
locale=${e}
.actions=${i}
?busy=${n}
@certinomis-action=${e=>r(e.detail.action)}
></certinomis-button-bar>`}var ct=()=>({signer:`mandataire`,sentTo:null,expiresAt:null,resendIn:0,requesting:!1,confirming:!1,pdf:`idle`});function lt(e,t){let n=(t-Date.parse(e))/1e3;return Math.max(0,Math.ceil(60-n))}function ut(e,t){let n=Ne(e);return n.includes(t)?t:n.find(t=>N(e,t).codeSentForVersion!==null)??n[0]??`mandataire`}var dt=class{constructor(e,t){this.host=e,this.requests=t,this.state=ct(),this.ticker=null,e.addController(this)}hostDisconnected(){this.stopTicker()}reset(){this.stopTicker(),this.set(ct())}follow(e,t){let n=F(t),r=ut(n,this.state.signer);r!==this.state.signer&&this.set({signer:r,sentTo:null,expiresAt:null});let i=N(n,r);i.codeSentForVersion===null?this.state.sentTo!==null&&this.set({sentTo:null,expiresAt:null}):(e===null||e.id!==t.id)&&this.countDown(lt(i.codeSentAt??``,Date.now()))}async request(e=this.state.signer){let{requests:t}=this,n=t.dossier;if(!n||t.busy||this.state.requesting)return;e!==this.state.signer&&(this.set({signer:e,sentTo:null,expiresAt:null}),this.countDown(0)),this.set({requesting:!0});let r={};await t.run(async()=>{let i=await t.client.requestSignatureCode(n.id,t.accessToken,n.version,e);return r.sent=i,i.dossier},`signature`,e=>{if(!(e instanceof m&&e.status===429))return!1;let n=e.retryAfter??60;return t.refuse(`signature.code`,D(t.locale,`dossier.throttled`,{n}),!1),this.countDown(n),!0});let i=r.sent;i&&(this.set({sentTo:i.sentTo,expiresAt:i.expiresAt}),this.countDown(60),t.focusAction(`code`),t.announce(D(t.locale,`dossier.signature.codeSent`,{phone:i.sentTo,time:k(i.expiresAt,t.locale,I(i.dossier))}))),this.set({requesting:!1})}async confirm(e){let{requests:t}=this,n=t.dossier;if(!n||t.busy)return;let r=e.replace(/\s/g,``);/^\d{6}$/.test(r)?(this.set({confirming:!0}),await t.run(()=>t.client.confirmSignature(n.id,t.accessToken,n.version,r,this.state.signer)),this.set({confirming:!1})):t.refuse(`code`,_(t.locale,`validation.code_format`))}async downloadPdf(){let{requests:e}=this,t=e.dossier;if(t&&this.state.pdf!==`loading`){this.set({pdf:`loading`});try{let{blob:n,fileName:r}=await e.client.getDossierPdf(t.id,e.accessToken),i=URL.createObjectURL(n),a=document.createElement(`a`);a.href=i,a.download=r,a.hidden=!0,e.root.appendChild(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(i),6e4),this.set({pdf:`done`}),e.announce(D(e.locale,`dossier.signature.downloaded`))}catch(t){this.set({pdf:`idle`}),await e.fail(t)}}}countDown(e){if(this.set({resendIn:e}),this.stopTicker(),e<=0)return;let t=Date.now()+e*1e3;this.ticker=setInterval(()=>{let e=Math.max(0,Math.ceil((t-Date.now())/1e3));this.set({resendIn:e}),e===0&&this.stopTicker()},1e3)}stopTicker(){this.ticker!==null&&clearInterval(this.ticker),this.ticker=null}set(e){this.state={...this.state,...e},this.host.requestUpdate()}};function ft(e){return e.size===0?`validation.file_required`:e.size>10485760?`problem.file_too_large.detail`:e.type!==``&&!Ue.includes(e.type)?`problem.file_type.detail`:null}function pt(e,t){return t>0?Math.min(100,Math.round(e/t*100)):0}var mt=class{constructor(e,t){this.host=e,this.requests=t,this.state={state:`idle`},e.addController(this)}hostDisconnected(){}reset(){this.set({state:`idle`})}async upload(e){let{requests:t}=this,n=t.dossier;if(!n||t.busy)return;let r=t.locale,i=ft(e);if(i){t.refuse(`file`,_(r,i));return}let a=t.step??void 0;if(n.editable&&F(n).identity?.method!==`online`&&!await t.send({type:`dossier.save`,step:`identity`,data:{method:`online`}},a))return;let o=t.dossier;if(!o)return;this.set({state:`sending`,percent:0}),t.announce(D(r,`dossier.identity.sending`,{percent:0}));let s=await t.run(()=>t.client.uploadDossierDocument(o.id,t.accessToken,e,{version:o.version,onProgress:(e,t)=>this.set({state:`sending`,percent:pt(e,t)})}),a);this.set({state:`idle`});let c=s?.documents[0]?.uploadedAt;c&&t.announce(D(r,`dossier.identity.received`,{date:O(c,r,I(o)),time:k(c,r,I(o))}))}set(e){this.state=e,this.host.requestUpdate()}},$=class extends r{constructor(...e){super(...e),this.dossierId=``,this.accessToken=``,this.focusOnLoad=!1,this.api=``,this.locale=`fr`,this.partnerKey=null,this.load={state:`idle`},this.dossier=null,this.step=null,this.errors=/* @__PURE__ */ new Map,this.unplaced=[],this.busy=!1,this.notice=null,this.failure=null,this.payee=null,this.announcement=``,this.abort=null,this.pendingFocus=null,this.requests=this.lend(),this.upload=new mt(this,this.requests),this.signature=new dt(this,this.requests),this.language=new p(this,()=>this.loc)}static{this.styles=[d,Oe]}get current(){return this.dossier}async getUpdateComplete(){return await super.getUpdateComplete(),await this.language.settled,super.getUpdateComplete()}get loc(){return s(this.locale)}willUpdate(e){(!this.client||e.has(`api`)||e.has(`locale`)||e.has(`partnerKey`))&&(this.client=new we({baseUrl:this.api||globalThis.location.origin,partnerKey:this.partnerKey,locale:this.loc})),e.has(`dossierId`)&&e.get(`dossierId`)&&(this.dossier=null,this.step=null,this.errors=/* @__PURE__ */ new Map,this.notice=null,this.failure=null,this.upload.reset(),this.signature.reset()),(e.has(`dossierId`)||e.has(`accessToken`)||e.has(`api`)||e.has(`locale`))&&this.dossierId&&this.accessToken&&this.reload()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async reload(e=null){this.abort?.abort();let t=new AbortController;this.abort=t,this.dossier||(this.load={state:`loading`});try{let n=await this.client.getDossier(this.dossierId,this.accessToken,t.signal);if(t.signal.aborted)return;this.errors=/* @__PURE__ */ new Map,this.failure=null,this.notice=e;let r=this.dossier===null;this.apply(n),this.load={state:`ready`},r&&this.focusOnLoad&&(this.pendingFocus=`heading`),e&&(this.pendingFocus=`heading`,this.announce(e))}catch(e){if(t.signal.aborted)return;let n=e instanceof m?e:new m(0,null);this.load={state:`error`,error:n},this.dispatchEvent(He(n))}}apply(e,t){let n=this.dossier;this.dossier=e,this.payee=e.payee;let r=e.editable&&b(e.step)?e.step:null,i=t&&e.editable?t:r;i!==this.step&&(n!==null&&(this.pendingFocus=`heading`),this.step=i),this.signature.follow(n,e),n?.id===e.id&&n.editable&&!e.editable&&this.dispatchEvent(new CustomEvent(`certinomis:dossier-submitted`,{detail:{id:e.id,status:e.status},bubbles:!0,composed:!0}))}lend(){let e=this;return{get locale(){return e.loc},get accessToken(){return e.accessToken},get client(){return e.client},get dossier(){return e.dossier},get step(){return e.step},get busy(){return e.busy},get root(){return e.renderRoot},run:(e,t,n)=>this.run(e,t,n),send:(e,t)=>this.send(e,t),refuse:(e,t,n)=>this.refuse(e,t,n),announce:e=>this.announce(e),fail:e=>this.fail(e),focusAction:e=>{this.pendingFocus={action:e},this.requestUpdate()}}}async run(e,t,n){this.busy=!0,this.notice=null,this.failure=null;try{let n=await e();return this.errors=/* @__PURE__ */ new Map,this.announcement=``,this.apply(n,t),n}catch(e){return n?.(e)||await this.fail(e),null}finally{this.busy=!1}}send(e,t){let n=this.dossier;return n?this.run(()=>this.client.sendDossierEvent(n.id,this.accessToken,n.version,e),t):Promise.resolve(null)}async next(){let e=this.dossier,t=this.screen(),n=this.step;if(!e||!t||!n||this.busy)return;let r=t.draft(),i=Ie(e,n,r);i.length>0?this.showIssues(i):await this.send({type:`dossier.save`,step:n,data:r})}back(){let e=this.step?g.indexOf(this.step):-1,t=g[e-1];t&&!this.busy&&this.goTo(t)}async goTo(e){this.busy||await this.send({type:`dossier.goTo`,step:e})}async chooseSignature(e){this.busy||await this.send({type:`dossier.save`,step:`signature`,data:{method:e}},`signature`)&&(this.pendingFocus={action:e===`online`?`send-code`:`download`})}async choosePaper(){this.busy||await this.send({type:`signature.choosePaper`})}async fail(e){let t=ze(e,this.loc);switch(t.kind){case`reload`:await this.reload(t.notice);return;case`fields`:this.showErrors(t.errors);return;case`file`:this.refuse(`file`,t.message);return;case`general`:this.failure=t.message,t.emit&&this.dispatchEvent(He(e instanceof m?e:new m(0,null)))}}showIssues(e){this.showErrors(e.map(e=>[e.field,_(this.loc,e.key,e.params)]))}showErrors(e,t=!0){this.errors=new Map(e);let n=Ve(this.loc,e);n&&this.announce(n),t&&(this.pendingFocus=`error`)}refuse(e,t,n=!0){this.showErrors([[e,t]],n)}clearErrors(e){if(this.errors.size===0)return;let t=[...this.errors].filter(([t])=>t!==e&&!t.startsWith(`${e}.`));t.length!==this.errors.size&&(this.errors=new Map(t))}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}screen(){return this.renderRoot.querySelector(`[data-screen]`)}async updated(e){let t=this.screen();if(e.has(`errors`)||e.has(`step`)){await t?.updateComplete;let e=[...this.errors].filter(([e])=>!t?.showsError(e));(e.length>0||this.unplaced.length>0)&&(this.unplaced=e)}let n=this.pendingFocus;n&&(this.pendingFocus=null,t&&(await t.updateComplete,n===`error`&&await t.focusFirstError()||typeof n==`object`&&await t.focusAction(n.action)||await t.focusHeading()))}render(){let{loc:e}=this,t=h`<div class="visually-hidden" role="status" aria-live="polite">
${this.announcement}
</div>`;if(this.load.state===`error`)return tt(e,this.load.error,()=>this.reload());let n=this.dossier;if(!n)return h`<div class="status" role="status" aria-live="polite">
${D(e,`dossier.loading`)}
</div>`;let r=F(n),a={locale:e,dossier:n,context:r,errors:this.errors,busy:this.busy,upload:this.upload.state,signature:this.signature.state,payee:this.payee,clearErrors:e=>this.clearErrors(e),goTo:e=>void this.goTo(e),uploadDocument:e=>void this.upload.upload(e),refuse:(e,t)=>this.refuse(e,t),chooseSignature:e=>void this.chooseSignature(e),requestCode:e=>void this.signature.request(e),confirmCode:e=>void this.signature.confirm(e),downloadPdf:()=>void this.signature.downloadPdf(),choosePaper:()=>void this.choosePaper()};return h`<div class="frame" aria-busy=${this.busy?`true`:`false`}>
${nt(e,n)}
${n.editable?it(e,r,this.step,this.busy,e=>void this.goTo(e)):i}
${at(e,this.notice,this.failure,this.unplaced)}
${ot(this.step,a)}
${n.editable&&this.step?st(e,this.step,this.busy,e=>{e===`next`&&this.next(),e===`back`&&this.back()}):i}
</div>
${t}`}};f([o({attribute:`dossier-id`})],$.prototype,`dossierId`,void 0),f([o({attribute:!1})],$.prototype,`accessToken`,void 0),f([o({type:Boolean,attribute:`focus-on-load`})],$.prototype,`focusOnLoad`,void 0),f([o()],$.prototype,`api`,void 0),f([o()],$.prototype,`locale`,void 0),f([o({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),f([a()],$.prototype,`load`,void 0),f([a()],$.prototype,`dossier`,void 0),f([a()],$.prototype,`step`,void 0),f([a()],$.prototype,`errors`,void 0),f([a()],$.prototype,`unplaced`,void 0),f([a()],$.prototype,`busy`,void 0),f([a()],$.prototype,`notice`,void 0),f([a()],$.prototype,`failure`,void 0),f([a()],$.prototype,`payee`,void 0),f([a()],$.prototype,`announcement`,void 0),$=f([n(`certinomis-dossier`)],$);export{$ as CertinomisDossier};
//# sourceMappingURL=certinomis-dossier-CYizLHjt.js.map