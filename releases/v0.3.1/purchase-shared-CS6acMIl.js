import{B as e,C as t,F as n,I as r,M as i,N as a,P as o,R as s,b as c,g as l,h as u,o as d,y as f}from"./certinomis-order.js";import{B as p,I as m,M as h,N as g,P as ee,_,b as v,d as y,et as b,f as x,h as S,v as C,x as w,y as T}from"./machine-controller-8PL1Vd9J.js";var E=[`civility`,`firstName`,`lastName`,`email`,`emailConfirmation`,`phone`,`country`,`companyName`,`siret`,`address`,`postalCode`,`city`],D=[`companyName`,`address`,`postalCode`,`city`,`country`,`email`],O=[`siret`,`serviceCode`,`chorusOrderNumber`,`transferReference`,`chequeNumber`,`bank`],k={mandate:[`siret`,`serviceCode`,`chorusOrderNumber`],transfer:[`transferReference`],cheque:[`chequeNumber`,`bank`]},A=[`usbReader`,`express`];function j(){return{customer:{},billingDifferent:!1,billing:{},options:{usbReader:!1,express:!1},payment:{},organisation:null,organisationStatus:`idle`,cgvAccepted:!1,cgvVersion:null,issues:[],order:null,submitError:null}}function M(e){return e.organisation?.firstCertificate===!0&&!e.renewalOf}function N(e){if(e.method===void 0)return{};let t={method:e.method};for(let n of k[e.method])t[n]=e[n];return t}var P=[`products`,`quantity`,`identification`,`options`,`payment`,`review`];function F(e){return typeof e==`string`&&P.includes(e)}function I(e,t=``){let n=/* @__PURE__ */ new Set,r=[];for(let i of e){let e=h(i),a=t&&e?`${t}.${e}`:t||e;if(n.has(a))continue;n.add(a);let o=ee(i),s=g(i);r.push({field:a,key:m(o)?o:`validation.type`,...Object.keys(s).length>0?{params:s}:{}})}return r}function L(e,t,n){let r=b(e,t);return r.success?[]:I(r.issues,n)}function R(e,t){let n=L(C,e,`product`);return n.length>0||t===null||e===null?n:t.includes(e.trim())?[]:[{field:`product`,key:`validation.product_unknown`}]}function z(e){return L(v,e,`quantity`)}function B(e,t){let{organisation:n,organisationStatus:r}=e;switch(r){case`found`:return n===null||n.siret!==t?`validation.siret_unverified`:n.active?null:`validation.siret_closed`;case`pending`:return`validation.siret_pending`;case`unknown`:return`validation.siret_unknown`;case`closed`:return`validation.siret_closed`;case`error`:return`validation.siret_lookup_failed`;case`idle`:return`validation.siret_unverified`}}function V(e){let t=L(S,e.customer,`customer`);if(!t.some(e=>e.field===`customer.siret`)){let n=b(w,e.customer.siret),r=n.success?B(e,n.output):null;r!==null&&t.push({field:`customer.siret`,key:r})}return e.billingDifferent&&t.push(...L(y,e.billing,`billing`)),t}function H(e){let t=L(T,e.options,`options`);return M(e)&&e.options.usbReader!==!0&&!t.some(e=>e.field===`options.usbReader`)&&t.push({field:`options.usbReader`,key:`validation.usb_reader_required`}),t}function U(e){let t=L(_,N(e.payment),`payment`);return e.payment.method===`mandate`&&e.organisation?.publicAdministration!==!0&&t.unshift({field:`payment.method`,key:`validation.mandate_public_only`}),t}function W(e){return e.cgvAccepted===!0&&p(x,e.cgvVersion)?[]:[{field:`cgvAccepted`,key:`validation.cgv_required`}]}function G(e,t){switch(e){case`products`:return R(t.product,t.productCodes);case`quantity`:return z(t.quantity);case`identification`:return V(t);case`options`:return H(t);case`payment`:return U(t);case`review`:return W(t)}}function K(e){return P.flatMap(t=>G(t,e))}var q={...f,"order.title":`Commande du certificat`,"quantity.intro":`Sélectionnez le nombre de certificats souhaités.`,"quantity.note":`Il n’est pas possible de commander en une seule fois des certificats avec une durée de validité différente. Si nécessaire, passez plusieurs commandes.`,"quantity.help":`De 1 à 50 certificats.`,"summary.title":`Récapitulatif`,"summary.product":`Produit`,"summary.quantity":`Quantité`,"summary.lineHt":`Montant HT`,"summary.ht":`Montant HT`,"summary.vat":`TVA ({rate} %)`,"summary.ttc":`Montant TTC`,"summary.loading":`Calcul du montant…`,"summary.failed":`Le montant n’a pas pu être calculé.`,"summary.perCertif":`{price} HT/certif`,"form.title":`Formulaire de commande`,"form.intro":`Merci d’inscrire les coordonnées de la personne en charge de la saisie du dossier de demande de certificat.`,"form.steps":`Étapes de la commande`,"form.done":`terminée`,"form.errors":c.errors,"form.errors.one":c.errorsOne,"form.required":c.required,"step.identification":`Identification client`,"step.options":`Options`,"step.payment":`Paiement`,"step.review":`Récapitulatif et CGV`,"button.cancel":`Annuler`,"button.reset":`Réinitialiser`,"button.back":`← Retour`,"button.next":`Suivant →`,"button.order":`Commander`,"button.ordering":`Commande en cours…`,"button.retry":c.retry,"button.close":`Fermer`,"button.newOrder":`Nouvelle commande`,"confirm.resetQuestion":`Effacer tout ce que vous avez saisi ?`,"confirm.resetYes":`Oui, tout effacer`,"confirm.cancelQuestion":`Abandonner cette commande ? Ce que vous avez saisi sera effacé.`,"confirm.cancelYes":`Oui, abandonner`,"confirm.keep":`Non, continuer`,"buttons.label":`Actions`,"identification.intro":`Renseignez les informations de la personne qui aura accès au dossier de commande. Il ne s’agit pas obligatoirement du futur détenteur du certificat, mais d’un tiers qui se charge de suivre le dossier de commande.`,"identification.emailHelp":`L’adresse mail indiquée est importante car il s’agit de l’identifiant permettant de suivre le statut de la commande.`,"identification.billingDifferent":`Les informations de facturation sont différentes`,"identification.billing":`Informations de facturation`,"identification.choose":`Choisir…`,"identification.mme":`Madame`,"identification.mr":`Monsieur`,"identification.siretFound":`Établissement trouvé : {name}.`,"identification.siretCheck":`Vérifier le SIRET`,"field.customer.civility":`Civilité`,"field.customer.firstName":`Prénom`,"field.customer.lastName":`Nom`,"field.customer.email":`E-mail`,"field.customer.emailConfirmation":`Vérification de l’e-mail`,"field.customer.phone":`Téléphone`,"field.customer.country":`Pays`,"field.customer.companyName":`Raison sociale`,"field.customer.siret":`SIRET`,"field.customer.address":`Adresse`,"field.customer.postalCode":`Code postal`,"field.customer.city":`Ville`,"field.billing.companyName":`Raison sociale (facturation)`,"field.billing.address":`Adresse (facturation)`,"field.billing.postalCode":`Code postal (facturation)`,"field.billing.city":`Ville (facturation)`,"field.billing.country":`Pays (facturation)`,"field.billing.email":`E-mail de facturation`,"field.quantity":`Nombre de certificats`,"field.options.usbReader":`Lecteur format clé USB`,"field.options.express":`Option traitement Express`,"field.payment.method":`Mode de paiement`,"field.payment.siret":`SIRET`,"field.payment.serviceCode":`Code service`,"field.payment.chorusOrderNumber":`Numéro commande Chorus`,"field.payment.transferReference":`Référence du virement`,"field.payment.chequeNumber":`Numéro de chèque`,"field.payment.bank":`Banque`,"field.cgvAccepted":`CGV`,"field.cgvVersion":`CGV`,"field.product":`Produit`,"options.intro":`Sélectionnez les options souhaitées :`,"options.usbMandatory":`obligatoire pour le premier certificat de votre établissement`,"options.usbLocked":`Premier certificat pour cet établissement : le lecteur format clé USB est obligatoire.`,"payment.intro":`Choisissez le mode de paiement.`,"payment.mandate":`Mandat administratif`,"payment.transfer":`Virement à la commande`,"payment.cheque":`Chèque à la commande`,"payment.mandateWhy":`Pourquoi pas de mandat administratif ?`,"payment.mandateReason":`Le mandat administratif n’est proposé que si le SIRET correspond à une administration publique.`,"payment.mandateIntro":`Le mandat administratif nécessite la saisie de 3 informations (Chorus Pro).`,"payment.siretHelp":`Le SIRET de l’organisme`,"payment.serviceCodeHelp":`Le code service identifie, dans Chorus Pro, le service de votre organisme qui reçoit la facture (annuaire des structures publiques de Chorus Pro) ; votre service financier vous le donne.`,"payment.chorusHelp":`Le numéro d’engagement (bon de commande) que votre service financier a attribué à cette dépense ; il figure sur votre bon de commande.`,"payment.transferIntro":`Le paiement par virement devra être effectif pour que le certificat soit créé et envoyé.`,"payment.holder":`Titulaire du compte`,"payment.holderHelp":`Merci d’effectuer votre virement sur le compte ci-dessous ; veillez à bien indiquer dans votre ordre de virement la référence de la commande concernée.`,"payment.rib":`RIB`,"payment.bankCode":`Code banque`,"payment.branchCode":`Code guichet`,"payment.account":`Numéro de compte`,"payment.ribKey":`Clé RIB`,"payment.iban":`IBAN`,"payment.bic":`BIC`,"payment.domiciliation":`Domiciliation`,"payment.referenceHelp":`Votre propre référence (par exemple votre numéro de bon de commande), demandée avant la commande pour rapprocher votre virement. Cette référence devra se retrouver dans le libellé du virement, suivie de la référence de la commande (attribuée quand vous commandez) : le libellé complet à recopier vous est donné à la confirmation.`,"payment.chequeIntro":`Pour le paiement par chèque, celui-ci devra avoir été reçu pour que le certificat soit créé et envoyé.`,"review.payment.mandate":`SIRET {siret}, code service {serviceCode}, numéro d’engagement {chorus}`,"review.payment.transfer":`Référence du virement : {reference} (suivie de la référence de la commande)`,"review.payment.cheque":`Chèque n° {number}, {bank}`,"payment.chequeNumberHelp":`Saisir le numéro du chèque (7 chiffres)`,"payment.bankHelp":`Indiquer le nom de la banque`,"review.intro":`Vérifiez votre commande puis acceptez les CGV pour pouvoir commander le certificat.`,"review.buyer":`Commande passée par`,"review.method":`Paiement`,"review.cgv":`Acceptation des CGV`,"review.readCgv":`Lire les CGV`,"review.cgvHint":`Il faut parcourir toutes les CGV pour pouvoir confirmer.`,"review.cgvAccepted":`Vous avez lu et accepté les CGV (version {version}).`,"review.cgvLoading":`Chargement des CGV…`,"review.cgvScroll":`Faites défiler les CGV jusqu’en bas du document pour pouvoir les accepter.`,"review.accept":`J’ai lu et accepte les CGV`,"review.networkError":`La commande n’a pas pu être envoyée : le service est injoignable. Vos informations sont conservées.`,"review.inFlight":`Votre commande est en cours de traitement. Réessayez dans un instant.`,"review.failed":`La commande n’a pas pu être enregistrée.`,"review.fix":`Corrigez les informations signalées :`,"confirm.title":`Commande enregistrée`,"confirm.reference":`Référence de la commande`,"confirm.email":`Un e-mail de confirmation a été envoyé à {email}.`,"confirm.next":`Il est important de cliquer sur le lien présent dans le mail et de continuer la commande : créez votre compte dans l’espace client avec cette adresse e-mail, puis complétez un dossier par certificat.`,"confirm.space":`Accéder à l’espace client`,"confirm.payTitle":`Règlement`,"confirm.transfer":`Effectuez un virement de {amount} au compte ci-dessous. Le certificat ne sera produit qu’à réception du paiement.`,"confirm.label":`Libellé du virement à indiquer`,"confirm.cheque":`Envoyez un chèque de {amount} à l’ordre de {payee} à l’adresse : {address}. Le certificat ne sera produit qu’à réception du paiement.`,"confirm.mandate":`Paiement par mandat administratif : la facture sera déposée sur Chorus Pro (SIRET {siret}, code service {serviceCode}, engagement {chorus}), payable sous {days} jours.`},J=t({fr:q,en:()=>import(`./element-en-hFHNKVIw.js`).then(e=>e.elementEn)}),Y=J.text;function X(e,t){let n=`field.${t}`;return J.has(n)?Y(e,n):t}var Z=e`
:host{
display:block;
}

.bar,
.bar>div{
display:flex;
flex-wrap:wrap;
gap:0.5rem;
}

.bar{
justify-content:space-between;
border-top:1px solid var(--_border);
padding-top:var(--_space);
}

button:not(.primary){
background:var(--_surface);
color:var(--_text);
border:1px solid var(--_border);
}


.secondary button{
border-style:dashed;
}

.question{
align-items:center;
}

.question p{
margin:0;
font-weight:600;
}

.danger{
background:var(--_danger,#b42318);
color:#fff;
border:1px solid transparent;
}

button:disabled{
cursor:not-allowed;
opacity:0.65;
}

@container (max-width:32rem){
.bar,
.bar>div{
flex-direction:column-reverse;
width:100%;
}


.bar{
gap:2rem;
}

.question{
flex-direction:column;
align-items:stretch;
gap:0.75rem;
}
}
`,Q=class extends n{constructor(...e){super(...e),this.locale=`fr`,this.actions=[],this.busy=!1,this.confirm=[],this.asking=null}static{this.styles=[l,Z]}render(){let{locale:e}=this;if(this.asking)return this.renderQuestion(this.asking);let t=e=>this.actions.includes(e),n=(e,n,i=``)=>t(e)?s`<button
type="button"
class=${i}
data-action=${e}
?disabled=${this.busy}
@click=${()=>this.ask(e)}
>
${n}
</button>`:r;return s`<div class="bar" role="group" aria-label=${Y(e,`buttons.label`)}>
<div class="secondary">
${n(`cancel`,Y(e,`button.cancel`))} ${n(`reset`,Y(e,`button.reset`))}
</div>
<div class="primary-group">
${n(`back`,Y(e,`button.back`))}
${t(`next`)?s`<button type="button" class="primary" part="next-button" @click=${()=>this.act(`next`)}>
${Y(e,`button.next`)}
</button>`:r}
${t(`order`)?s`<button
type="button"
class="primary"
part="order-button"
?disabled=${this.busy}
aria-busy=${this.busy?`true`:`false`}
@click=${()=>this.act(`order`)}
>
${Y(e,this.busy?`button.ordering`:`button.order`)}
</button>`:r}
</div>
</div>`}renderQuestion(e){let{locale:t}=this;return s`<div
class="bar question"
role="group"
aria-labelledby="q"
@keydown=${e=>{e.key===`Escape`&&this.answer(!1)}}
>
<p id="q">${Y(t,e===`reset`?`confirm.resetQuestion`:`confirm.cancelQuestion`)}</p>
<div class="answers">
<button type="button" class="keep" @click=${()=>this.answer(!1)}>
${Y(t,`confirm.keep`)}
</button>
<button type="button" class="danger" @click=${()=>this.answer(!0)}>
${Y(t,e===`reset`?`confirm.resetYes`:`confirm.cancelYes`)}
</button>
</div>
</div>`}ask(e){(e===`cancel`||e===`reset`)&&this.confirm.includes(e)?(this.asking=e,this.updateComplete.then(()=>this.renderRoot.querySelector(`button.keep`)?.focus())):this.act(e)}answer(e){let t=this.asking;this.asking=null,t&&(e?this.act(t):this.updateComplete.then(()=>this.renderRoot.querySelector(`button[data-action="${t}"]`)?.focus()))}act(e){this.dispatchEvent(new CustomEvent(`certinomis-action`,{detail:{action:e},bubbles:!0,composed:!0}))}};u([a()],Q.prototype,`locale`,void 0),u([a({attribute:!1})],Q.prototype,`actions`,void 0),u([a({type:Boolean})],Q.prototype,`busy`,void 0),u([a({attribute:!1})],Q.prototype,`confirm`,void 0),u([i()],Q.prototype,`asking`,void 0),Q=u([o(`certinomis-button-bar`)],Q);var $=e`
${d}

h3{
font-size:1.1rem;
margin:0 0 0.5rem;
}

h4,
.payee-heading{
margin:0;
font-weight:700;
}

.intro,
.help,
.note{
color:var(--_muted);
}

.grid{
display:grid;
gap:var(--_space);
grid-template-columns:1fr;
}

.spacer{
display:none;
}

@container (min-width:32rem){
.grid{
grid-template-columns:repeat(2,minmax(0,1fr));
}

.grid .wide{
grid-column:1 / -1;
}

.spacer{
display:block;
}
}

fieldset{
border:1px solid var(--_border);
border-radius:var(--_radius);
margin:0;
padding:var(--_space);
display:flex;
flex-direction:column;
gap:0.75rem;
}

legend{
font-weight:700;
padding:0 0.25rem;
}

.choice{
display:flex;
align-items:flex-start;
gap:0.6rem;
min-height:44px;
}

input[type='checkbox'],
input[type='radio']{
width:1.35rem;
height:1.35rem;
margin:0.1rem 0 0;
flex:none;
accent-color:var(--_primary);
}

.card{
border:1px solid var(--_border);
border-radius:var(--_radius);
padding:var(--_space);
background:var(--_surface);
display:flex;
flex-direction:column;
gap:0.35rem;
}

.price{
font-weight:700;
}

.error{
color:var(--_danger);
font-weight:600;
}

.ok{
color:#1a7f37;
font-weight:600;
}

.alert{
border:1px solid var(--_danger);
border-left-width:6px;
border-radius:var(--_radius);
padding:var(--_space);
display:flex;
flex-direction:column;
align-items:flex-start;
gap:0.5rem;
}

.secondary{
background:var(--_surface);
color:var(--_primary);
border:1px solid var(--_primary);
align-self:flex-start;
}

.summary{
border:1px solid var(--_border);
border-radius:var(--_radius);
padding:var(--_space);
background:var(--_surface-alt);
}

table{
width:100%;
border-collapse:collapse;
}

th,
td{
text-align:left;
padding:0.35rem 0.5rem 0.35rem 0;
vertical-align:top;
}

thead th{
font-size:0.85rem;
color:var(--_muted);
border-bottom:1px solid var(--_border);
}

tbody th{
font-weight:400;
}

.num{
text-align:right;
white-space:nowrap;
}

.code,
.mono{
font-family:ui-monospace,Menlo,Consolas,monospace;
font-size:0.9em;
}

.code{
display:block;
color:var(--_muted);
}

.totals{
margin:0.75rem 0 0;
}

.totals div{
display:flex;
justify-content:space-between;
gap:1rem;
}

.totals dd{
margin:0;
font-weight:600;
}

.totals .ttc{
font-size:1.2rem;
border-top:1px solid var(--_border);
margin-top:0.25rem;
padding-top:0.25rem;
}

.status:empty{
display:none;
}

.payee dl,
.facts{
display:grid;
grid-template-columns:max-content minmax(0,1fr);
gap:0.25rem 1rem;
margin:0.5rem 0 0;
}

dt{
font-weight:600;
}



dd{
margin:0;
min-width:0;
overflow-wrap:anywhere;
}

.fact{
display:block;
}


@container (max-width:30rem){
.facts{
grid-template-columns:minmax(0,1fr);
gap:0.1rem;
}

.facts dd + dt{
margin-top:0.5rem;
}
}

.scroll{
overflow-x:auto;
}

caption{
text-align:left;
font-weight:600;
}

.payee{
display:flex;
flex-direction:column;
gap:0.5rem;
}

a{
color:var(--_primary);
font-weight:600;
}

.why{
position:relative;
display:inline-flex;
align-items:center;
gap:0.4rem;
}

.info{
min-height:0;
width:1.6rem;
height:1.6rem;
padding:0;
border-radius:50%;
border:1px solid var(--_primary);
background:var(--_surface);
color:var(--_primary);
font-weight:700;
}

[role='tooltip']{
display:none;
position:absolute;
z-index:1;
top:100%;
left:0;
width:min(20rem,80vw);
margin-top:0.35rem;
padding:0.5rem 0.75rem;
border-radius:var(--_radius);
background:var(--_text);
color:var(--_surface);
font-size:0.9rem;
}

.why:hover [role='tooltip'],
.info:focus + [role='tooltip']{
display:block;
}

.why.off [role='tooltip']{
display:none;
}
`;function te(e){return s`<certinomis-field
part="field"
class=${e.wide?`wide`:``}
name=${e.name}
label=${e.label}
type=${e.type??`text`}
.value=${e.value}
?required=${e.required??!0}
help=${e.help??``}
error=${e.error??r}
autocomplete=${e.autocomplete??``}
inputmode=${e.inputmode??``}
.options=${e.options??[]}
@input=${t=>e.onInput(t.target.value)}
@change=${()=>e.onChange?.()}
></certinomis-field>`}var ne=e`
:host{
display:block;
}

ol{
list-style:none;
margin:0;
padding:0;
display:flex;
flex-wrap:wrap;
gap:0.5rem 1.25rem;
}

li{
display:flex;
align-items:center;
gap:0.5rem;
color:var(--_muted);
}

.n{
display:inline-grid;
place-items:center;
width:2rem;
height:2rem;
border-radius:50%;
border:2px solid currentColor;
font-weight:700;
}

.current{
color:var(--_primary);
font-weight:700;
}

.current .n{
background:var(--_primary);
border-color:var(--_primary);
color:var(--_primary-contrast);
}

.done{
color:var(--_text);
}
`;export{j as _,Y as a,F as c,G as d,I as f,O as g,A as h,X as i,R as l,E as m,te as n,P as o,D as p,$ as r,K as s,ne as t,z as u,N as v,M as y};
//# sourceMappingURL=purchase-shared-CS6acMIl.js.map