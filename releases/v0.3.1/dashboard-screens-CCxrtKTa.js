import{A as e,C as t,D as n,F as r,I as i,L as a,M as o,N as s,P as c,S as l,V as u,b as d,g as f,h as p,k as m,z as h}from"./certinomis-order.js";import{n as g}from"./date-time-BFDi2-xS.js";import{a as _,c as ee,i as te,l as v,n as y,o as b,r as x,s as S,u as C}from"./client-space-CYjj_Ypb.js";import{l as w,o as T,r as E,u as D}from"./dossier-MV0PYpLO.js";import{Y as O,a as k,i as A,n as j,s as M,t as ne,y as re,z as N}from"./machine-controller-BF4Oo3xO.js";import"./purchase-shared-CqnIH-fG.js";var ie={"dashboard.heading":`Tableau de bord`,"dossiers.heading":`Vos demandes de certificats à compléter`,"dossiers.all":`Voir tout`,"dossiers.product":`Nom produit`,"dossiers.status":`Statut`,"dossiers.action":`Action`,"dossiers.row":`{product} — {reference} du {date}`,"dossiers.open":`Compléter le dossier {reference} n° {n}`,"dossiers.view":`Voir le dossier {reference} n° {n}`,"dossiers.viewShort":`Voir`,"dossiers.position":`n° {n} / {total}`,"dossiers.beneficiary":`pour {name}`,"dossiers.empty":`Aucune demande de certificat pour le moment.`,"dossiers.emptyFilter":`Aucune demande avec ce statut.`,"dossiers.loading":`Chargement des demandes…`,"dossiers.failed":`La liste n’a pas pu être chargée.`,"dossiers.retry":d.retry,"dossiers.allHeading":`Toutes vos demandes de certificats`,"dossiers.filter":`Statut`,"dossiers.filterAll":`Tous les statuts`,"dossiers.more":`Afficher plus`,"dossiers.shown":`{n} demandes affichées.`,"dossiers.shown.one":`{n} demande affichée.`,"dossiers.back":`← Tableau de bord`,"certificates.heading":`Prochaines échéances des certificats`,"certificates.identity":`Identité`,"certificates.beneficiary":`Bénéficiaire`,"certificates.status":`Statut`,"certificates.expiry":`Expiration`,"certificates.empty":`PAS DE DONNÉES`,"renewal.button":`Renouveler`,"renewal.buttonLabel":`Renouveler le certificat {reference} de {name}`,"renewal.renewedBy":`Renouvelé → n° {reference}`,"renewal.of":`Renouvellement de {reference}`,"renewal.heading":`Renouvellement du certificat {reference}`,"renewal.intro":`La commande est pré-remplie à partir du certificat qui expire : vérifiez chaque étape. Si vous gardez votre support actuel, le lecteur USB n’est pas nécessaire.`,"renewal.back":`← Retour au tableau de bord`,"renewal.loading":`Chargement de la commande…`,"renewal.failed":`La commande n’a pas pu être chargée.`,"renewal.retry":`Réessayer`,"billing.heading":`Factures et avoirs`,"billing.document":`Document`,"billing.amount":`Montant TTC`,"billing.download":`Télécharger`,"billing.invoice":`Facture {number} — {reference} du {date}`,"billing.creditNote":`Avoir {number} sur la facture {invoice}, du {date}`,"billing.pdf":`PDF (Factur-X) de {number}`,"billing.xml":`XML de {number}`,"billing.empty":`Aucune facture pour le moment.`,"revocation.request":`Demander la révocation`,"revocation.requestLabel":`Demander la révocation du certificat de {name}`,"revocation.pending":`Révocation demandée`,"revocation.pendingHelp":`En attente de CERTINOMIS`,"revocation.refused":`Révocation refusée : le certificat reste valide.`,"revocation.heading":`Demander la révocation`,"revocation.subject":`Certificat de {name}, commande {reference}`,"revocation.warning":`La révocation est définitive : le certificat ne permettra plus de signer et ne pourra pas être réactivé. Il faudra en commander un nouveau.`,"revocation.reason":`Motif de la révocation`,"revocation.comment":`Commentaire (facultatif)`,"revocation.submit":`Envoyer la demande`,"revocation.submitting":`Envoi…`,"revocation.haveCode":`J’ai déjà reçu un code`,"revocation.close":`Fermer`,"revocation.sent":`Un code de révocation a été envoyé par e-mail au bénéficiaire et au mandataire ({n} destinataires). Saisissez-le avant le {date} à {time}.`,"revocation.sent.one":`Un code de révocation a été envoyé par e-mail au bénéficiaire, qui est aussi le mandataire. Saisissez-le avant le {date} à {time}.`,"revocation.codeIntro":`Saisissez le code de révocation reçu par e-mail par le bénéficiaire ou le mandataire (valable 72 heures).`,"revocation.code":`Code de révocation`,"revocation.codeHelp":`Reçu par e-mail, de la forme ABCD-EFGH-JKLM-NPQR-STUV.`,"revocation.confirm":`Confirmer la révocation`,"revocation.confirming":`Vérification…`,"revocation.restart":`Faire une nouvelle demande`,"revocation.done":`Votre demande de révocation est confirmée et transmise à CERTINOMIS, qui la traite en priorité. Le certificat reste « Révocation demandée » jusqu’à sa révocation ; vous en serez informé par e-mail.`,"revocation.doneAnnounce":`Révocation demandée pour le certificat de {name}.`,"revocation.revokedOn":`Révoqué le {date} : {reason}`,"revocationPage.heading":`Révoquer un certificat`,"revocationPage.intro":`Vous avez reçu un code de révocation par e-mail : saisissez-le pour confirmer la demande, sans compte ni accès à l’espace client.`,"revocationPage.done":`Merci. Si ce code correspond à une demande de révocation en cours, elle est confirmée et transmise à CERTINOMIS, qui la traite en priorité ; le bénéficiaire et le mandataire seront informés par e-mail de la révocation.`,"revocationPage.back":`Aller à l’espace client`},P=t({fr:ie,en:()=>m(`widget/i18n/dashboard-en.ts`,()=>import(`./dashboard-en-MESsDGhk.js`)).then(e=>e.dashboardEn)}),F=P.text,I=P.parts,L=u`
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
`,R=class extends _{static{this.styles=[..._.styles,L]}t(e,t){return P.has(e)?P.text(this.view.locale,e,t):super.t(e,t)}},z={fr:new Intl.NumberFormat(`fr-FR`,{style:`currency`,currency:`EUR`}),en:new Intl.NumberFormat(`en-GB`,{style:`currency`,currency:`EUR`})},B=class extends R{constructor(...e){super(...e),this.items=`loading`,this.loaded=null}willUpdate(e){super.willUpdate(e);let t=this.view?.session?.accessToken??``;t&&t!==this.loaded&&(this.loaded=t,this.load(t))}async load(e){try{this.items=(await this.view.api.billingDocuments(e)).items}catch(e){y(e).status===401&&this.view.send({type:`space.sessionExpired`}),this.items=`error`}}async save(e,t){let n=this.view.session?.accessToken;if(!n)return;let r=URL.createObjectURL(await this.view.api.download(e,n)),i=document.createElement(`a`);i.href=r,i.download=t,i.click(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}render(){let{items:e}=this,t=this.view.locale;return e===`loading`?a:e===`error`?h`<p class="status" role="status">${this.t(`dossiers.failed`)}</p>`:h`<section aria-labelledby="billing-title">
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
${e.length===0?h`<tr><td class="empty" colspan="3">${this.t(`billing.empty`)}</td></tr>`:e.map(e=>{let n=S(e.issueDate,t,g),r=e.kind===`invoice`?this.t(`billing.invoice`,{number:e.number,reference:e.orderReference,date:n}):this.t(`billing.creditNote`,{number:e.number,invoice:e.invoiceNumber??``,date:n}),i=e.kind===`invoice`?`facture`:`avoir`;return h`<tr data-kind=${e.kind} data-number=${e.number}>
<td>${r}</td>
<td class="mono">${z[t].format(e.grandTotal/100)}</td>
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
</section>`}};p([s()],B.prototype,`items`,void 0),B=p([r(`certinomis-space-billing`)],B);function V(e){return k(async()=>{throw Error(`${e} not provided`)})}var H=j({types:{context:{},events:{},input:{}},actors:{requestRevocation:V(`requestRevocation`),confirmRevocation:V(`confirmRevocation`)},guards:{isPublic:({context:e})=>e.certificateId===null},actions:{clearFailure:A({failure:null})}}).createMachine({id:`revocation`,context:({input:e})=>({certificateId:e.certificateId,reason:null,comment:``,sent:null,failure:null}),initial:`start`,states:{start:{always:[{guard:`isPublic`,target:`code`},{target:`form`}]},form:{initial:`idle`,on:{"revocation.haveCode":{target:`code`,actions:`clearFailure`}},states:{idle:{on:{"revocation.request":{target:`requesting`,actions:[`clearFailure`,A({reason:({event:e})=>e.reason,comment:({event:e})=>e.comment})]}}},requesting:{tags:`busy`,invoke:{src:`requestRevocation`,input:({context:e})=>({certificateId:e.certificateId??``,reason:e.reason??`keyCompromise`,comment:e.comment}),onDone:{target:`#revocation.code`,actions:A({sent:({event:e})=>e.output})},onError:{target:`idle`,actions:A({failure:({event:e})=>C(e.error)})}}}}},code:{initial:`idle`,on:{"revocation.restart":{guard:({context:e})=>e.certificateId!==null,target:`form`,actions:[`clearFailure`,A({sent:null})]}},states:{idle:{on:{"revocation.confirm":{target:`confirming`,actions:`clearFailure`}}},confirming:{tags:`busy`,invoke:{src:`confirmRevocation`,input:({context:e,event:t})=>({certificateId:e.certificateId,code:t.type===`revocation.confirm`?t.code.trim():``}),onDone:`#revocation.done`,onError:{target:`idle`,actions:A({failure:({event:e})=>C(e.error)})}}}}},done:{type:`final`}}});function U(e){return e===`done`?`done`:typeof e==`object`&&e&&`code`in e||e===`code`?`code`:`form`}var W=[`reason`,`comment`,`code`],G=class extends i{constructor(...e){super(...e),this.certificateId=null,this.timeZone=g,this.reason=null,this.comment=``,this.code=``,this.errors={},this.flow=null,this.lastStep=null,this.onRequest=async e=>{if(e.preventDefault(),this.flow?.snapshot.hasTag(`busy`))return;let t=N(D,{reason:this.reason??``,comment:this.comment});t.success?(this.errors={},this.send({type:`revocation.request`,...t.output})):await this.showErrors(t.issues)},this.onConfirm=async e=>{if(e.preventDefault(),this.flow?.snapshot.hasTag(`busy`))return;let t=N(w,{code:this.code});t.success?(this.errors={},this.send({type:`revocation.confirm`,code:t.output.code})):await this.showErrors(t.issues)}}static{this.styles=[f,b,L,u`
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
`]}connectedCallback(){super.connectedCallback(),this.flow??=new ne(this,this.provided(),{input:{certificateId:this.certificateId},onChange:e=>{e.context.failure?.status===401&&this.certificateId&&this.view.send({type:`space.sessionExpired`});let t=U(e.value);if(t===this.lastStep)return;let n=this.lastStep===null;this.lastStep=t,t===`done`&&this.emit(`revocation-done`),n||this.focusStep()}})}disconnectedCallback(){super.disconnectedCallback(),queueMicrotask(()=>{this.isConnected||this.flow?.actor.stop()})}provided(){let e=()=>this.view,t=async e=>{try{return await e()}catch(e){throw y(e)}};return H.provide({actors:{requestRevocation:k(({input:n,signal:r})=>t(()=>e().api.requestRevocation(e().session?.accessToken??``,n.certificateId,{reason:n.reason,comment:n.comment},r))),confirmRevocation:k(({input:n,signal:r})=>t(()=>e().api.confirmRevocation(e().session?.accessToken??null,n.certificateId,n.code,r)))}})}t(e,t){return F(this.view.locale,e,t)}send(e){this.flow?.send(e)}async focusStep(){await this.updateComplete,this.renderRoot.querySelector(`[data-focus]`)?.focus()}render(){let e=this.flow;if(!e||!this.view)return a;let t=e.snapshot,n=t.hasTag(`busy`);switch(U(t.value)){case`form`:return this.renderForm(n);case`code`:return this.renderCode(n);case`done`:return h`<p class="notice" role="status" tabindex="-1" data-focus>
${this.t(this.certificateId?`revocation.done`:`revocationPage.done`)}
</p>
${this.certificateId?this.closeButton(`primary`):a}`}}failure(){let e=this.flow?.snapshot.context.failure??null;if(!e)return{own:{},general:null};let t={},n=[];for(let[r,i]of Object.entries(e.fields))W.includes(r)?t[r]=i:n.push(i);let r=n.join(` `)||null;return Object.keys(e.fields).length===0&&(r=e.status===429?v(this.view.locale,`space.throttled`,{n:e.retryAfter??60}):e.status===0?v(this.view.locale,`space.network`):e.message??v(this.view.locale,`space.failed`)),{own:t,general:r}}renderGeneral(e){return e?h`<p class="alert" role="alert">${e}</p>`:a}renderForm(e){let{own:t,general:n}=this.failure(),r=this.errors.reason??t.reason,i=this.errors.comment??t.comment;return h`
      <p class="alert" id="warning" data-focus tabindex="-1">${this.t(`revocation.warning`)}</p>
      ${this.renderGeneral(n)}
      <form novalidate @submit=${this.onRequest}>
        <fieldset aria-describedby=${r?`reason-error`:a}>
          <legend>
            ${this.t(`revocation.reason`)}<span class="req" aria-hidden="true"> *</span>
          </legend>
          ${T.map(e=>h`<label class="choice">
<input
type="radio"
name="reason"
value=${e}
required
aria-invalid=${r?`true`:`false`}
.checked=${this.reason===e}
@change=${()=>{this.reason=e,this.errors={...this.errors,reason:``}}}
/>
<span>${O(this.view.locale,`revocation.reason.${e}`)}</span>
</label>`)}
          ${r?h`<p class="error" id="reason-error">${r}</p>`:a}
        </fieldset>
        <div>
          <label class="text" for="comment">${this.t(`revocation.comment`)}</label>
          <textarea
            id="comment"
            name="comment"
            maxlength=${E.reason}
            aria-invalid=${i?`true`:`false`}
            aria-describedby=${i?`comment-error`:a}
            .value=${this.comment}
            @input=${e=>{this.comment=e.target.value}}
          ></textarea>
          ${i?h`<p class="error" id="comment-error">${i}</p>`:a}
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
    `}renderCode(e){let{own:t,general:n}=this.failure(),r=this.flow?.snapshot.context.sent??null,{locale:i}=this.view,o=r?this.t(M(i,r.sentTo,`revocation.sent`),{n:r.sentTo,date:S(r.expiresAt,i,this.timeZone),time:ee(r.expiresAt,i,this.timeZone)}):this.t(this.certificateId?`revocation.codeIntro`:`revocationPage.intro`);return h`
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
${this.certificateId?h`<div class="actions">
<button
type="button"
class="link"
@click=${()=>this.send({type:`revocation.restart`})}
>
${this.t(`revocation.restart`)}
</button>
${this.closeButton(`secondary`)}
</div>`:a}
`}closeButton(e){return h`<button type="button" class=${e} @click=${()=>this.emit(`revocation-close`)}>
${this.t(`revocation.close`)}
</button>`}async showErrors(e){let t={};for(let n of re(e,this.view.locale))t[n.field]=n.message;this.errors=t,await this.updateComplete;let[n]=Object.entries(t);n&&(this.view.announce(n[1]),(n[0]===`reason`?this.renderRoot.querySelector(`input[name="reason"]`):this.renderRoot.querySelector(`[name="${n[0]}"]`))?.focus())}emit(e){this.dispatchEvent(new CustomEvent(e,{bubbles:!0,composed:!0}))}};p([c({attribute:!1})],G.prototype,`view`,void 0),p([c({attribute:!1})],G.prototype,`certificateId`,void 0),p([c({attribute:!1})],G.prototype,`timeZone`,void 0),p([s()],G.prototype,`reason`,void 0),p([s()],G.prototype,`comment`,void 0),p([s()],G.prototype,`code`,void 0),p([s()],G.prototype,`errors`,void 0),G=p([r(`certinomis-space-revocation-flow`)],G);var K=class extends i{constructor(...e){super(...e),this.open=!1,this.done=!1,this.focusPending=!1,this.show=async()=>{this.open=!0,await this.updateComplete,this.dialog.showModal(),this.renderRoot.querySelector(`#revocation-title`)?.focus()},this.onClosed=()=>{this.open=!1,this.button?.focus()},this.onDone=e=>{e.stopPropagation(),this.view.announce(this.t(`revocation.doneAnnounce`,{name:this.name})),this.done=!0}}static{this.styles=[f,b,L,u`
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
`]}t(e,t){return F(this.view.locale,e,t)}get name(){return this.row.beneficiary??this.row.identity??this.row.orderReference}render(){return this.row.revocation===`requested`?h`<p class="small" id="pending" tabindex="-1"><span class="pending">${this.t(`revocation.pending`)}</span><br />
<span class="status">${this.t(`revocation.pendingHelp`)}</span></p>`:h`
${this.row.revocation===`refused`?h`<p class="small status">${this.t(`revocation.refused`)}</p>`:a}
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
${this.open?h`<h2 id="revocation-title" tabindex="-1">${this.t(`revocation.heading`)}</h2>
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
`}updated(){!this.open&&this.done&&(this.done=!1,this.focusPending=!0,this.dispatchEvent(new CustomEvent(`revocation-done`,{bubbles:!0,composed:!0}))),this.focusPending&&this.row.revocation===`requested`&&(this.focusPending=!1,this.renderRoot.querySelector(`#pending`)?.focus())}};p([c({attribute:!1})],K.prototype,`view`,void 0),p([c({attribute:!1})],K.prototype,`row`,void 0),p([s()],K.prototype,`open`,void 0),p([o(`dialog`)],K.prototype,`dialog`,void 0),p([o(`button.request`)],K.prototype,`button`,void 0),K=p([r(`certinomis-space-revocation`)],K);function q(e,t){let{locale:n}=e;if(t.renewedBy)return h`<span class="renewal-link" data-renewed-by=${t.renewedBy}
>${F(n,`renewal.renewedBy`,{reference:t.renewedBy})}</span
>`;let r=t.renewal;if(!r||!e.renew)return a;let i=e.renew;return h`<button
type="button"
class="secondary renew"
aria-label=${F(n,`renewal.buttonLabel`,{reference:t.orderReference,name:t.beneficiary??t.identity??``})}
@click=${()=>i(r)}
>
${F(n,`renewal.button`)}
</button>`}function J(e,t){return t.renewalOf?h`<span class="renewal-link" data-renewal-of=${t.renewalOf}
>${F(e.locale,`renewal.of`,{reference:t.renewalOf})}</span
>`:a}function ae(e,t){let n;try{n=new URL(globalThis.location.href)}catch{return}let r=n.searchParams.get(`renew`);if(r===null)return;n.searchParams.delete(`renew`);try{history.replaceState(history.state,``,`${n.pathname}${n.search}${n.hash}`)}catch{}let i=t.find(e=>e.dossierId===r);i?.renewal&&!i.renewedBy&&e.renew?.(i.renewal)}function oe(e,t){return e.revoked?h`<span class="revoked-on"
>${F(t,`revocation.revokedOn`,{date:S(e.revoked.at,t,e.timeZone),reason:O(t,`revocation.reason.${e.revoked.reason}`)})}</span
>`:a}var se=h`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20h9"/><path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>`;function Y(e,t,n,r){let{locale:i}=e;return h`<div class="scroll">
<table>
<caption class="visually-hidden">${r}</caption>
<thead>
<tr>
<th scope="col">${F(i,`dossiers.product`)}</th>
<th scope="col">${F(i,`dossiers.status`)}</th>
<th scope="col"><span class="visually-hidden">${F(i,`dossiers.action`)}</span></th>
</tr>
</thead>
<tbody>
${t.length===0?h`<tr><td class="empty" colspan="3">${n}</td></tr>`:t.map(t=>{let n=t.position,r={reference:t.orderReference,n},o=te.includes(t.status);return h`<tr data-dossier=${t.id}>
<td>
${I(i,`dossiers.row`,{product:h`<span class="product">${t.productLabel}</span>`,reference:h`<span class="mono">${t.orderReference}</span>`,date:S(t.orderDate,i,t.timeZone)})}
${t.quantity>1||t.beneficiary?h`<span class="sub" data-which>${ce(e,t)}</span>`:a}
</td>
<td>
<span class="badge ${t.status}">${t.statusLabel}</span>
${J(e,t)}
${oe(t,i)}
</td>
<td>
${o?h`<button
type="button"
class="icon-button pen"
part="dossier-button"
aria-label=${F(i,`dossiers.open`,r)}
@click=${()=>e.openDossier(t.id)}
>
${se}
</button>`:h`<button
type="button"
class="link view"
part="dossier-button"
aria-label=${F(i,`dossiers.view`,r)}
@click=${()=>e.openDossier(t.id)}
>
${F(i,`dossiers.viewShort`)}
</button>`}
</td>
</tr>`})}
</tbody>
</table>
</div>`}function ce(e,t){let{locale:n}=e;return[t.quantity>1?F(n,`dossiers.position`,{n:t.position,total:t.quantity}):``,t.beneficiary?F(n,`dossiers.beneficiary`,{name:t.beneficiary}):``].filter(Boolean).join(` · `)}var X=class extends R{constructor(...e){super(...e),this.dossiers={state:`loading`},this.certificates={state:`loading`},this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load())}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(){let e=this.view.session;if(!e)return;this.abort?.abort();let t=new AbortController;this.abort=t;let{api:n,send:r}=this.view,i=async e=>{try{return{state:`ready`,value:await e}}catch(e){return!t.signal.aborted&&y(e).status===401&&r({type:`space.sessionExpired`}),{state:`error`}}},[a,o]=await Promise.all([i(n.dossiers(e.accessToken,{open:!0,limit:5},t.signal)),i(n.certificates(e.accessToken,t.signal))]);t.signal.aborted||(this.dossiers=a,this.certificates=o,o.state===`ready`&&ae(this.view,o.value.items))}render(){return h`
<h2 tabindex="-1">${this.t(`dashboard.heading`)}</h2>
<div class="panels">
<section aria-labelledby="dossiers-title">
<div class="section-head">
<h3 id="dossiers-title">${this.t(`dossiers.heading`)}</h3>
${this.dossiers.state===`ready`&&this.dossiers.value.items.length>0?h`<button
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
`}renderDossiers(){let{dossiers:e}=this;return e.state===`loading`?h`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:e.state===`error`?this.renderLoadError():Y(this.view,e.value.items,this.t(`dossiers.empty`),this.t(`dossiers.heading`))}renderCertificates(){let{certificates:e}=this;if(e.state===`loading`)return a;if(e.state===`error`)return this.renderLoadError();let{locale:t}=this.view,n=e.value.items;return h`<div class="scroll">
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
${n.length===0?h`<tr><td class="empty" colspan="4">${this.t(`certificates.empty`)}</td></tr>`:n.map(e=>h`<tr>
<td>${e.identity??`—`}</td>
<td>${e.beneficiary??`—`}</td>
<td>
<span class="badge ${e.status}">${e.statusLabel}</span>
${q(this.view,e)}
<certinomis-space-revocation .view=${this.view} .row=${e}></certinomis-space-revocation>
</td>
<td>${e.expiresAt?S(e.expiresAt,t,e.timeZone):`—`}</td>
</tr>`)}
</tbody>
</table>
</div>`}renderLoadError(){return h`<div class="alert" role="alert">
<p>${this.t(`dossiers.failed`)}</p>
<button type="button" class="secondary" @click=${()=>this.load()}>
${this.t(`dossiers.retry`)}
</button>
</div>`}};p([s()],X.prototype,`dossiers`,void 0),p([s()],X.prototype,`certificates`,void 0),X=p([r(`certinomis-space-dashboard`)],X);var Z=class extends R{constructor(...e){super(...e),this.rows=[],this.cursor=null,this.status=``,this.loading=!0,this.failed=!1,this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load(!1))}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(e){let t=this.view.session;if(!t)return;this.abort?.abort();let n=new AbortController;this.abort=n,this.loading=!0,this.failed=!1;try{let r=await this.view.api.dossiers(t.accessToken,{status:this.status||null,cursor:e?this.cursor:null,limit:20},n.signal);if(n.signal.aborted)return;this.rows=e?[...this.rows,...r.items]:r.items,this.cursor=r.nextCursor,this.loading=!1,this.view.announce(this.t(M(this.view.locale,this.rows.length,`dossiers.shown`),{n:this.rows.length}))}catch(e){if(n.signal.aborted)return;if(this.loading=!1,y(e).status===401){this.view.send({type:`space.sessionExpired`});return}this.failed=!0}}filterOptions(){let{locale:e}=this.view;return[{value:``,label:this.t(`dossiers.filterAll`)},...x.map(t=>({value:t,label:O(e,`status.${t}`)}))]}render(){let{send:e}=this.view,t=this.loading&&this.rows.length===0;return h`
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
${t?h`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:Y(this.view,this.rows,this.t(this.status?`dossiers.emptyFilter`:`dossiers.empty`),this.t(`dossiers.allHeading`))}
${this.failed?h`<div class="alert" role="alert">
<p>${this.t(`dossiers.failed`)}</p>
<button
type="button"
class="secondary"
@click=${()=>this.load(this.rows.length>0)}
>
${this.t(`dossiers.retry`)}
</button>
</div>`:a}
${this.cursor&&!t?h`<button
type="button"
class="secondary more"
?disabled=${this.loading}
aria-busy=${this.loading?`true`:`false`}
@click=${()=>this.load(!0)}
>
${this.t(`dossiers.more`)}
</button>`:a}
`}};p([s()],Z.prototype,`rows`,void 0),p([s()],Z.prototype,`cursor`,void 0),p([s()],Z.prototype,`status`,void 0),p([s()],Z.prototype,`loading`,void 0),p([s()],Z.prototype,`failed`,void 0),Z=p([r(`certinomis-space-dossiers`)],Z);var Q=class extends i{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=`fr`,this.load={state:`loading`},this.context=null,this.close=()=>{this.dispatchEvent(new CustomEvent(`certinomis-space-renewal-close`,{bubbles:!0,composed:!0}))}}static{this.styles=[f,b,L]}get key(){return this.partnerKey??this.start.partnerKey}willUpdate(t){if(!this.context||t.has(`locale`)||t.has(`api`)||t.has(`partnerKey`)){let t=new URL(this.api||globalThis.location.origin,globalThis.location.href).href;this.context={locale:this.locale,client:new e({baseUrl:t,partnerKey:this.key,locale:this.locale})},this.load.state!==`ready`&&this.fetch()}}async fetch(){let e=this.context;if(e){this.load={state:`loading`};try{let[t]=await Promise.all([e.client.getCatalog(),n(`purchase`,()=>import(`./certinomis-purchase-WSCCGBfY.js`))]);await l(e.locale).catch(()=>void 0),this.load={state:`ready`,catalog:t}}catch{this.load={state:`error`}}}}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}render(){let{locale:e}=this;return h`
<button type="button" class="link back" @click=${this.close}>
${F(e,`renewal.back`)}
</button>
<h2 tabindex="-1">${F(e,`renewal.heading`,{reference:this.start.orderReference})}</h2>
<p class="intro">${F(e,`renewal.intro`)}</p>
${this.renderPurchase()}
`}renderPurchase(){let{load:e,context:t,locale:n}=this;return e.state===`loading`||!t?h`<p class="status" role="status">${F(n,`renewal.loading`)}</p>`:e.state===`error`?h`<div class="alert" role="alert">
<p>${F(n,`renewal.failed`)}</p>
<button type="button" class="secondary" @click=${()=>this.fetch()}>
${F(n,`renewal.retry`)}
</button>
</div>`:h`<certinomis-purchase
exportparts="card, order-button, stepper, buttons, field, summary"
.context=${t}
.catalog=${e.catalog}
.renewal=${this.start}
partner-key=${this.key??a}
></certinomis-purchase>`}};p([c({attribute:!1})],Q.prototype,`start`,void 0),p([c()],Q.prototype,`api`,void 0),p([c({attribute:`partner-key`})],Q.prototype,`partnerKey`,void 0),p([c()],Q.prototype,`locale`,void 0),p([s()],Q.prototype,`load`,void 0),Q=p([r(`certinomis-space-renewal`)],Q);var $=class extends R{render(){return h`
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
`}};$=p([r(`certinomis-space-revocation-page`)],$);
//# sourceMappingURL=dashboard-screens-CCxrtKTa.js.map