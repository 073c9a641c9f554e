import{C as e,F as t,I as n,L as r,N as i,P as a,V as o,b as s,g as ee,h as c,k as te,o as ne,y as re,z as l}from"./certinomis-order.js";import{A as u,B as d,C as f,D as ie,E as p,G as ae,H as m,I as h,K as oe,L as g,M as _,N as se,O as ce,P as v,R as y,V as b,W as le,b as x,d as ue,f as de,g as fe,h as pe,j as S,k as me,l as C,m as he,p as w,u as ge,v as T,x as _e,y as E,z as ve}from"./machine-controller-DopOd4qV.js";import"./plural-DheKwRht.js";oe({fr:{"validation.civility":`Choisissez Madame ou Monsieur.`,"validation.email_mismatch":`Les deux adresses e-mail ne correspondent pas.`,"validation.phone_fr":`Numéro de téléphone invalide : 0X XX XX XX XX ou +33 X XX XX XX XX.`,"validation.phone":`Numéro de téléphone invalide (6 à 15 chiffres, indicatif + accepté).`,"validation.country":`Choisissez un pays (code ISO à deux lettres).`,"validation.postal_code":`Code postal invalide (5 chiffres en France).`,"validation.siret_format":`Le SIRET doit comporter 14 chiffres.`,"validation.siret_checksum":`Ce numéro SIRET n’est pas valide : vérifiez les chiffres saisis.`,"validation.siret_unverified":`Le SIRET n’a pas encore été vérifié.`,"validation.siret_pending":`Vérification du SIRET en cours…`,"validation.siret_unknown":`Aucun établissement ne correspond à ce SIRET.`,"validation.siret_closed":`Cet établissement est fermé : indiquez le SIRET d’un établissement en activité.`,"validation.siret_lookup_failed":`Le SIRET n’a pas pu être vérifié pour le moment. Réessayez dans un instant.`,"validation.usb_reader_required":`Le lecteur format clé USB est obligatoire pour le premier certificat d’un établissement.`,"validation.payment_method":`Choisissez un mode de paiement.`,"validation.mandate_public_only":`Le mandat administratif n’est proposé qu’aux administrations publiques.`,"validation.service_code":`Code service : lettres, chiffres, espaces et caractères - _ / . uniquement.`,"validation.chorus_order_number":`Numéro commande Chorus : lettres, chiffres, espaces et caractères - _ / . uniquement.`,"validation.transfer_reference":`Référence du virement : lettres sans accent, chiffres, espaces et caractères - / . : ' ( ) + , uniquement.`,"validation.cheque_number":`Le numéro de chèque comporte 7 chiffres.`,"validation.quantity_range":`Indiquez un nombre entier de certificats, de 1 à 50.`,"validation.product_unknown":`Ce produit ne figure pas au catalogue.`,"validation.cgv_required":`Vous devez lire et accepter les CGV pour commander.`},en:()=>te(`machines/messages/purchase-en.ts`,()=>import(`./purchase-en-YrTZqq2T.js`)).then(e=>e.purchaseEn)});var ye=/^(?:0|(?:\+|00)33(?:\(0\))?)([1-9]\d{8})$/;function D(e){let t=e.replace(/[\s.-]/g,``),n=ye.exec(t);return n?`+33${n[1]}`:null}function be(e){return D(e)!==null}function xe(e){let t=D(e);return t!==null&&(t.startsWith(`+336`)||t.startsWith(`+337`))}function Se(e){let t=D(e);return t===null?e.trim():`0${t.slice(3)}`.replace(/(\d{2})(?=\d)/g,`$1 `)}function Ce(e,t){let n=t.trim().toUpperCase();if(!/^[A-Z]{2}$/.test(n))return!1;let r=e.trim();return n===`FR`?/^\d{5}$/.test(r)&&!r.startsWith(`00`):/^[A-Za-z0-9 -]{2,10}$/.test(r)&&/[A-Za-z0-9]/.test(r)}var we=`356000000`,Te=`35600000000048`;function O(e){return e.replace(/[ \u00A0\u202F.-]/g,``)}function k(e){if(!/^\d+$/.test(e))return!1;let t=0;for(let n=0;n<e.length;n++){let r=e.charCodeAt(e.length-1-n)-48;n%2==1&&(r*=2,r>9&&(r-=9)),t+=r}return t%10==0}function Ee(e){let t=O(e);if(!/^\d{14}$/.test(t))return!1;if(t.startsWith(we)&&t!==Te){let e=0;for(let n of t)e+=n.charCodeAt(0)-48;return e%5==0}return k(t)}function A(e){let t=O(e.trim());return t===``?`required`:/^\d{14}$/.test(t)?Ee(t)?null:`checksum`:`format`}function De(e){let t=e.replace(/\s/g,``).toUpperCase();return/^BD\d{11}$/.test(t)&&k(t.slice(2))}var Oe=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;function ke(e){return Oe.test(e)}var Ae=v(y(`validation.id_format`),E(ke,`validation.id_format`),ve());v(y(`validation.id_format`),E(De,`validation.id_format`),b(e=>e.replace(/\s/g,``).toUpperCase()));function j(e,t,n){if(e<1||t<1||t>12||n<1)return!1;let r=new Date(Date.UTC(2e3,t-1,n));return r.setUTCFullYear(e),r.getUTCMonth()===t-1&&r.getUTCDate()===n}function je(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);return t!==null&&j(Number(t[1]),Number(t[2]),Number(t[3]))}function Me(e){let t=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/.exec(e);if(!t)return!1;let[n,r,i]=[Number(t[4]),Number(t[5]),Number(t[6])];return j(Number(t[1]),Number(t[2]),Number(t[3]))&&n<=23&&r<=59&&i<=59}v(y(`validation.date`),E(je,`validation.date`)),v(y(`validation.cursor`),E(Me,`validation.cursor`));var M={name:100,companyName:200,address:200,city:100,phone:30,bank:100,serviceCode:100,chorusOrderNumber:50,transferReference:35,productCode:50,cgvVersion:50},N=v(y(`validation.required`),m(),d(),p(`validation.required`),se([`MME`,`MR`],`validation.civility`)),P=/^[A-Z]{2}$/,F=v(y(`validation.required`),m(),d(),p(`validation.required`),h(P,`validation.country`)),I=v(y(`validation.required`),m(),E(e=>A(e)!==`required`,`validation.required`),E(e=>A(e)!==`format`,`validation.siret_format`),E(e=>A(e)!==`checksum`,`validation.siret_checksum`),b(O));function Ne(e){let t=e.replace(/[\s.()-]/g,``);return/^\+?\d{6,15}$/.test(t)&&/^\+?[\d\s.()-]+$/.test(e)}function Pe(e,t){return P.test(t)?t===`FR`?be(e):Ne(e):!0}function L(e,t){return!P.test(t)||Ce(e,t)}var R=v(u({civility:N,firstName:C(M.name),lastName:C(M.name),email:ue,emailConfirmation:v(y(`validation.required`),ge(),m(),p(`validation.required`),b(w)),phone:C(M.phone),country:S(F,`FR`),companyName:C(M.companyName),siret:I,address:C(M.address),postalCode:C(10),city:C(M.city)}),x(_([[`email`],[`emailConfirmation`]],e=>e.email===e.emailConfirmation,`validation.email_mismatch`),[`emailConfirmation`]),x(_([[`phone`],[`country`]],e=>Pe(e.phone,e.country),e=>e.input.country===`FR`?`validation.phone_fr`:`validation.phone`),[`phone`]),x(_([[`postalCode`],[`country`]],e=>L(e.postalCode,e.country),`validation.postal_code`),[`postalCode`]),b(e=>({...e,phone:e.country===`FR`?D(e.phone)??e.phone:e.phone}))),Fe=S(v(ie(y(`validation.type`)),b(e=>e?.trim()??``),E(e=>e===``||de(e),`validation.email`),b(e=>e===``?void 0:w(e)))),z=v(u({companyName:C(M.companyName),address:C(M.address),postalCode:C(10),city:C(M.city),country:S(F,`FR`),email:Fe}),x(_([[`postalCode`],[`country`]],e=>L(e.postalCode,e.country),`validation.postal_code`),[`postalCode`])),B=u({usbReader:S(T(`validation.type`),!1),express:S(T(`validation.type`),!1)}),V=/^[\p{L}\p{N} _/.-]+$/u,Ie=/^[A-Za-z0-9 /.:'()+,-]+$/,Le=u({method:f(`mandate`),siret:I,serviceCode:v(C(M.serviceCode),h(V,`validation.service_code`)),chorusOrderNumber:v(C(M.chorusOrderNumber),h(V,`validation.chorus_order_number`))}),Re=u({method:f(`transfer`),transferReference:v(C(M.transferReference),h(Ie,`validation.transfer_reference`))}),ze=u({method:f(`cheque`),chequeNumber:v(y(`validation.required`),b(e=>e.replace(/\s/g,``)),p(`validation.required`),h(/^\d{7}$/,`validation.cheque_number`)),bank:C(M.bank)}),H=le(`method`,[Le,Re,ze],`validation.payment_method`),Be=[`mandate`,`transfer`,`cheque`],U=v(me(`validation.quantity_range`),E(e=>Number.isInteger(e)&&e>=1&&e<=50,`validation.quantity_range`)),W=C(M.productCode),G=()=>({usbReader:!1,express:!1});u({product:W,quantity:U,options:S(B,G)});var K=C(M.cgvVersion);u({product:W,quantity:U,options:S(B,G),customer:R,billing:ce(z,null),payment:H,cgvAccepted:v(S(T(`validation.cgv_required`),!1),f(!0,`validation.cgv_required`)),cgvVersion:K,renewalOf:ce(Ae,null)});var Ve=[`civility`,`firstName`,`lastName`,`email`,`emailConfirmation`,`phone`,`country`,`companyName`,`siret`,`address`,`postalCode`,`city`],He=[`companyName`,`address`,`postalCode`,`city`,`country`,`email`],Ue=[`siret`,`serviceCode`,`chorusOrderNumber`,`transferReference`,`chequeNumber`,`bank`],We={mandate:[`siret`,`serviceCode`,`chorusOrderNumber`],transfer:[`transferReference`],cheque:[`chequeNumber`,`bank`]},Ge=[`usbReader`,`express`];function Ke(){return{customer:{},billingDifferent:!1,billing:{},options:{usbReader:!1,express:!1},payment:{},organisation:null,organisationStatus:`idle`,cgvAccepted:!1,cgvVersion:null,issues:[],order:null,submitError:null}}function q(e){return e.organisation?.firstCertificate===!0&&!e.renewalOf}function J(e){if(e.method===void 0)return{};let t={method:e.method};for(let n of We[e.method])t[n]=e[n];return t}var Y=[`products`,`quantity`,`identification`,`options`,`payment`,`review`];function qe(e){return typeof e==`string`&&Y.includes(e)}function X(e,t=``){let n=/* @__PURE__ */ new Set,r=[];for(let i of e){let e=he(i),a=t&&e?`${t}.${e}`:t||e;if(n.has(a))continue;n.add(a);let o=fe(i),s=pe(i);r.push({field:a,key:ae(o)?o:`validation.type`,...Object.keys(s).length>0?{params:s}:{}})}return r}function Z(e,t,n){let r=g(e,t);return r.success?[]:X(r.issues,n)}function Je(e,t){let n=Z(W,e,`product`);return n.length>0||t===null||e===null?n:t.includes(e.trim())?[]:[{field:`product`,key:`validation.product_unknown`}]}function Ye(e){return Z(U,e,`quantity`)}function Xe(e,t){let{organisation:n,organisationStatus:r}=e;switch(r){case`found`:return n===null||n.siret!==t?`validation.siret_unverified`:n.active?null:`validation.siret_closed`;case`pending`:return`validation.siret_pending`;case`unknown`:return`validation.siret_unknown`;case`closed`:return`validation.siret_closed`;case`error`:return`validation.siret_lookup_failed`;case`idle`:return`validation.siret_unverified`}}function Ze(e){let t=Z(R,e.customer,`customer`);if(!t.some(e=>e.field===`customer.siret`)){let n=g(I,e.customer.siret),r=n.success?Xe(e,n.output):null;r!==null&&t.push({field:`customer.siret`,key:r})}return e.billingDifferent&&t.push(...Z(z,e.billing,`billing`)),t}function Qe(e){let t=Z(B,e.options,`options`);return q(e)&&e.options.usbReader!==!0&&!t.some(e=>e.field===`options.usbReader`)&&t.push({field:`options.usbReader`,key:`validation.usb_reader_required`}),t}function $e(e){let t=Z(H,J(e.payment),`payment`);return e.payment.method===`mandate`&&e.organisation?.publicAdministration!==!0&&t.unshift({field:`payment.method`,key:`validation.mandate_public_only`}),t}function et(e){return e.cgvAccepted===!0&&_e(K,e.cgvVersion)?[]:[{field:`cgvAccepted`,key:`validation.cgv_required`}]}function tt(e,t){switch(e){case`products`:return Je(t.product,t.productCodes);case`quantity`:return Ye(t.quantity);case`identification`:return Ze(t);case`options`:return Qe(t);case`payment`:return $e(t);case`review`:return et(t)}}function nt(e){return Y.flatMap(t=>tt(t,e))}var rt={...re,"order.title":`Commande du certificat`,"quantity.intro":`Sélectionnez le nombre de certificats souhaités.`,"quantity.note":`Il n’est pas possible de commander en une seule fois des certificats avec une durée de validité différente. Si nécessaire, passez plusieurs commandes.`,"quantity.help":`De 1 à 50 certificats.`,"summary.title":`Récapitulatif`,"summary.product":`Produit`,"summary.quantity":`Quantité`,"summary.lineHt":`Montant HT`,"summary.ht":`Montant HT`,"summary.vat":`TVA ({rate} %)`,"summary.ttc":`Montant TTC`,"summary.loading":`Calcul du montant…`,"summary.failed":`Le montant n’a pas pu être calculé.`,"summary.perCertif":`{price} HT/certif`,"form.title":`Formulaire de commande`,"form.intro":`Merci d’inscrire les coordonnées de la personne en charge de la saisie du dossier de demande de certificat.`,"form.steps":`Étapes de la commande`,"form.done":`terminée`,"form.errors":s.errors,"form.errors.one":s.errorsOne,"form.required":s.required,"step.identification":`Identification client`,"step.options":`Options`,"step.payment":`Paiement`,"step.review":`Récapitulatif et CGV`,"button.cancel":`Annuler`,"button.reset":`Réinitialiser`,"button.back":`← Retour`,"button.next":`Suivant →`,"button.order":`Commander`,"button.ordering":`Commande en cours…`,"button.retry":s.retry,"button.close":`Fermer`,"button.newOrder":`Nouvelle commande`,"confirm.resetQuestion":`Effacer tout ce que vous avez saisi ?`,"confirm.resetYes":`Oui, tout effacer`,"confirm.cancelQuestion":`Abandonner cette commande ? Ce que vous avez saisi sera effacé.`,"confirm.cancelYes":`Oui, abandonner`,"confirm.keep":`Non, continuer`,"buttons.label":`Actions`,"identification.intro":`Renseignez les informations de la personne qui aura accès au dossier de commande. Il ne s’agit pas obligatoirement du futur détenteur du certificat, mais d’un tiers qui se charge de suivre le dossier de commande.`,"identification.emailHelp":`L’adresse mail indiquée est importante car il s’agit de l’identifiant permettant de suivre le statut de la commande.`,"identification.billingDifferent":`Les informations de facturation sont différentes`,"identification.billing":`Informations de facturation`,"identification.choose":`Choisir…`,"identification.mme":`Madame`,"identification.mr":`Monsieur`,"identification.siretFound":`Établissement trouvé : {name}.`,"identification.siretCheck":`Vérifier le SIRET`,"field.customer.civility":`Civilité`,"field.customer.firstName":`Prénom`,"field.customer.lastName":`Nom`,"field.customer.email":`E-mail`,"field.customer.emailConfirmation":`Vérification de l’e-mail`,"field.customer.phone":`Téléphone`,"field.customer.country":`Pays`,"field.customer.companyName":`Raison sociale`,"field.customer.siret":`SIRET`,"field.customer.address":`Adresse`,"field.customer.postalCode":`Code postal`,"field.customer.city":`Ville`,"field.billing.companyName":`Raison sociale (facturation)`,"field.billing.address":`Adresse (facturation)`,"field.billing.postalCode":`Code postal (facturation)`,"field.billing.city":`Ville (facturation)`,"field.billing.country":`Pays (facturation)`,"field.billing.email":`E-mail de facturation`,"field.quantity":`Nombre de certificats`,"field.options.usbReader":`Lecteur format clé USB`,"field.options.express":`Option traitement Express`,"field.payment.method":`Mode de paiement`,"field.payment.siret":`SIRET`,"field.payment.serviceCode":`Code service`,"field.payment.chorusOrderNumber":`Numéro commande Chorus`,"field.payment.transferReference":`Référence du virement`,"field.payment.chequeNumber":`Numéro de chèque`,"field.payment.bank":`Banque`,"field.cgvAccepted":`CGV`,"field.cgvVersion":`CGV`,"field.product":`Produit`,"options.intro":`Sélectionnez les options souhaitées :`,"options.usbMandatory":`obligatoire pour le premier certificat de votre établissement`,"options.usbLocked":`Premier certificat pour cet établissement : le lecteur format clé USB est obligatoire.`,"payment.intro":`Choisissez le mode de paiement.`,"payment.mandate":`Mandat administratif`,"payment.transfer":`Virement à la commande`,"payment.cheque":`Chèque à la commande`,"payment.mandateWhy":`Pourquoi pas de mandat administratif ?`,"payment.mandateReason":`Le mandat administratif n’est proposé que si le SIRET correspond à une administration publique.`,"payment.mandateIntro":`Le mandat administratif nécessite la saisie de 3 informations (Chorus Pro).`,"payment.siretHelp":`Le SIRET de l’organisme`,"payment.serviceCodeHelp":`Le code service identifie, dans Chorus Pro, le service de votre organisme qui reçoit la facture (annuaire des structures publiques de Chorus Pro) ; votre service financier vous le donne.`,"payment.chorusHelp":`Le numéro d’engagement (bon de commande) que votre service financier a attribué à cette dépense ; il figure sur votre bon de commande.`,"payment.transferIntro":`Le paiement par virement devra être effectif pour que le certificat soit créé et envoyé.`,"payment.holder":`Titulaire du compte`,"payment.holderHelp":`Merci d’effectuer votre virement sur le compte ci-dessous ; veillez à bien indiquer dans votre ordre de virement la référence de la commande concernée.`,"payment.rib":`RIB`,"payment.bankCode":`Code banque`,"payment.branchCode":`Code guichet`,"payment.account":`Numéro de compte`,"payment.ribKey":`Clé RIB`,"payment.iban":`IBAN`,"payment.bic":`BIC`,"payment.domiciliation":`Domiciliation`,"payment.referenceHelp":`Votre propre référence (par exemple votre numéro de bon de commande), demandée avant la commande pour rapprocher votre virement. Cette référence devra se retrouver dans le libellé du virement, suivie de la référence de la commande (attribuée quand vous commandez) : le libellé complet à recopier vous est donné à la confirmation.`,"payment.chequeIntro":`Pour le paiement par chèque, celui-ci devra avoir été reçu pour que le certificat soit créé et envoyé.`,"review.payment.mandate":`SIRET {siret}, code service {serviceCode}, numéro d’engagement {chorus}`,"review.payment.transfer":`Référence du virement : {reference} (suivie de la référence de la commande)`,"review.payment.cheque":`Chèque n° {number}, {bank}`,"payment.chequeNumberHelp":`Saisir le numéro du chèque (7 chiffres)`,"payment.bankHelp":`Indiquer le nom de la banque`,"review.intro":`Vérifiez votre commande puis acceptez les CGV pour pouvoir commander le certificat.`,"review.buyer":`Commande passée par`,"review.method":`Paiement`,"review.cgv":`Acceptation des CGV`,"review.cgvTitle":`Conditions générales de vente`,"review.readCgv":`Lire les CGV`,"review.cgvHint":`Il faut parcourir toutes les CGV pour pouvoir confirmer.`,"review.cgvAccepted":`Vous avez lu et accepté les CGV (version {version}).`,"review.cgvLoading":`Chargement des CGV…`,"review.cgvScroll":`Faites défiler les CGV jusqu’en bas du document pour pouvoir les accepter.`,"review.accept":`J’ai lu et accepte les CGV`,"review.networkError":`La commande n’a pas pu être envoyée : le service est injoignable. Vos informations sont conservées.`,"review.inFlight":`Votre commande est en cours de traitement. Réessayez dans un instant.`,"review.failed":`La commande n’a pas pu être enregistrée.`,"review.fix":`Corrigez les informations signalées :`,"confirm.title":`Commande enregistrée`,"confirm.reference":`Référence de la commande`,"confirm.email":`Un e-mail de confirmation a été envoyé à {email}.`,"confirm.next":`Il est important de cliquer sur le lien présent dans le mail et de continuer la commande : créez votre compte dans l’espace client avec cette adresse e-mail, puis complétez un dossier par certificat.`,"confirm.space":`Accéder à l’espace client`,"confirm.payTitle":`Règlement`,"confirm.transfer":`Effectuez un virement de {amount} au compte ci-dessous. Le certificat ne sera produit qu’à réception du paiement.`,"confirm.label":`Libellé du virement à indiquer`,"confirm.cheque":`Envoyez un chèque de {amount} à l’ordre de {payee} à l’adresse : {address}. Le certificat ne sera produit qu’à réception du paiement.`,"confirm.mandate":`Paiement par mandat administratif : la facture sera déposée sur Chorus Pro (SIRET {siret}, code service {serviceCode}, engagement {chorus}), payable sous {days} jours.`},it=e({fr:rt,en:()=>te(`widget/i18n/element-en.ts`,()=>import(`./element-en-QQIGGqbA.js`)).then(e=>e.elementEn)}),Q=it.text;function at(e,t){let n=`field.${t}`;return it.has(n)?Q(e,n):t}var ot=o`
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
`,$=class extends n{constructor(...e){super(...e),this.locale=`fr`,this.actions=[],this.busy=!1,this.confirm=[],this.asking=null}static{this.styles=[ee,ot]}render(){let{locale:e}=this;if(this.asking)return this.renderQuestion(this.asking);let t=e=>this.actions.includes(e),n=(e,n,i=``)=>t(e)?l`<button
type="button"
class=${i}
data-action=${e}
?disabled=${this.busy}
@click=${()=>this.ask(e)}
>
${n}
</button>`:r;return l`<div class="bar" role="group" aria-label=${Q(e,`buttons.label`)}>
<div class="secondary">
${n(`cancel`,Q(e,`button.cancel`))} ${n(`reset`,Q(e,`button.reset`))}
</div>
<div class="primary-group">
${n(`back`,Q(e,`button.back`))}
${t(`next`)?l`<button type="button" class="primary" part="next-button" @click=${()=>this.act(`next`)}>
${Q(e,`button.next`)}
</button>`:r}
${t(`order`)?l`<button
type="button"
class="primary"
part="order-button"
?disabled=${this.busy}
aria-busy=${this.busy?`true`:`false`}
@click=${()=>this.act(`order`)}
>
${Q(e,this.busy?`button.ordering`:`button.order`)}
</button>`:r}
</div>
</div>`}renderQuestion(e){let{locale:t}=this;return l`<div
class="bar question"
role="group"
aria-labelledby="q"
@keydown=${e=>{e.key===`Escape`&&this.answer(!1)}}
>
<p id="q">${Q(t,e===`reset`?`confirm.resetQuestion`:`confirm.cancelQuestion`)}</p>
<div class="answers">
<button type="button" class="keep" @click=${()=>this.answer(!1)}>
${Q(t,`confirm.keep`)}
</button>
<button type="button" class="danger" @click=${()=>this.answer(!0)}>
${Q(t,e===`reset`?`confirm.resetYes`:`confirm.cancelYes`)}
</button>
</div>
</div>`}ask(e){(e===`cancel`||e===`reset`)&&this.confirm.includes(e)?(this.asking=e,this.updateComplete.then(()=>this.renderRoot.querySelector(`button.keep`)?.focus())):this.act(e)}answer(e){let t=this.asking;this.asking=null,t&&(e?this.act(t):this.updateComplete.then(()=>this.renderRoot.querySelector(`button[data-action="${t}"]`)?.focus()))}act(e){this.dispatchEvent(new CustomEvent(`certinomis-action`,{detail:{action:e},bubbles:!0,composed:!0}))}};c([a()],$.prototype,`locale`,void 0),c([a({attribute:!1})],$.prototype,`actions`,void 0),c([a({type:Boolean})],$.prototype,`busy`,void 0),c([a({attribute:!1})],$.prototype,`confirm`,void 0),c([i()],$.prototype,`asking`,void 0),$=c([t(`certinomis-button-bar`)],$);var st=o`
${ne}

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
`;function ct(e){return l`<certinomis-field
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
></certinomis-field>`}var lt=o`
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
`;export{D as A,F as C,Ce as D,A as E,Se as O,N as S,O as T,Ke as _,Q as a,M as b,qe as c,tt as d,X as f,Ue as g,Ge as h,at as i,xe as k,Je as l,Ve as m,ct as n,Y as o,He as p,st as r,nt as s,lt as t,Ye as u,J as v,I as w,Be as x,q as y};
//# sourceMappingURL=purchase-shared-BqDOY6g7.js.map