import{B as e,D as t,F as n,I as r,M as i,N as a,P as o,R as s,S as c,g as l,h as u,j as d,k as f}from"./certinomis-order.js";import{n as p}from"./date-time-BFDi2-xS.js";import{a as m,c as h,d as g,i as _,l as v,n as y,o as b,r as x,s as S,u as C}from"./client-space-BfuouyBq.js";import{F as w,L as T,a as E,et as D,i as O,r as k,s as A,t as j}from"./machine-controller-8PL1Vd9J.js";import{l as M,o as N,r as ee,u as P}from"./dossier-BuSI2-eV.js";import"./purchase-shared-CS6acMIl.js";var F={fr:new Intl.NumberFormat(`fr-FR`,{style:`currency`,currency:`EUR`}),en:new Intl.NumberFormat(`en-GB`,{style:`currency`,currency:`EUR`})},I=class extends m{constructor(...e){super(...e),this.items=`loading`,this.loaded=null}willUpdate(e){super.willUpdate(e);let t=this.view?.session?.accessToken??``;t&&t!==this.loaded&&(this.loaded=t,this.load(t))}async load(e){try{this.items=(await this.view.api.billingDocuments(e)).items}catch(e){y(e).status===401&&this.view.send({type:`space.sessionExpired`}),this.items=`error`}}async save(e,t){let n=this.view.session?.accessToken;if(!n)return;let r=URL.createObjectURL(await this.view.api.download(e,n)),i=document.createElement(`a`);i.href=r,i.download=t,i.click(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}render(){let{items:e}=this,t=this.view.locale;return e===`loading`?r:e===`error`?s`<p class="status" role="status">${this.t(`dossiers.failed`)}</p>`:s`<section aria-labelledby="billing-title">
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
${e.length===0?s`<tr><td class="empty" colspan="3">${this.t(`billing.empty`)}</td></tr>`:e.map(e=>{let n=S(e.issueDate,t,p),r=e.kind===`invoice`?this.t(`billing.invoice`,{number:e.number,reference:e.orderReference,date:n}):this.t(`billing.creditNote`,{number:e.number,invoice:e.invoiceNumber??``,date:n}),i=e.kind===`invoice`?`facture`:`avoir`;return s`<tr data-kind=${e.kind} data-number=${e.number}>
<td>${r}</td>
<td class="mono">${F[t].format(e.grandTotal/100)}</td>
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
</section>`}};u([i()],I.prototype,`items`,void 0),I=u([o(`certinomis-space-billing`)],I);function L(e){return E(async()=>{throw Error(`${e} not provided`)})}var R=k({types:{context:{},events:{},input:{}},actors:{requestRevocation:L(`requestRevocation`),confirmRevocation:L(`confirmRevocation`)},guards:{isPublic:({context:e})=>e.certificateId===null},actions:{clearFailure:O({failure:null})}}).createMachine({id:`revocation`,context:({input:e})=>({certificateId:e.certificateId,reason:null,comment:``,sent:null,failure:null}),initial:`start`,states:{start:{always:[{guard:`isPublic`,target:`code`},{target:`form`}]},form:{initial:`idle`,on:{"revocation.haveCode":{target:`code`,actions:`clearFailure`}},states:{idle:{on:{"revocation.request":{target:`requesting`,actions:[`clearFailure`,O({reason:({event:e})=>e.reason,comment:({event:e})=>e.comment})]}}},requesting:{tags:`busy`,invoke:{src:`requestRevocation`,input:({context:e})=>({certificateId:e.certificateId??``,reason:e.reason??`keyCompromise`,comment:e.comment}),onDone:{target:`#revocation.code`,actions:O({sent:({event:e})=>e.output})},onError:{target:`idle`,actions:O({failure:({event:e})=>g(e.error)})}}}}},code:{initial:`idle`,on:{"revocation.restart":{guard:({context:e})=>e.certificateId!==null,target:`form`,actions:[`clearFailure`,O({sent:null})]}},states:{idle:{on:{"revocation.confirm":{target:`confirming`,actions:`clearFailure`}}},confirming:{tags:`busy`,invoke:{src:`confirmRevocation`,input:({context:e,event:t})=>({certificateId:e.certificateId,code:t.type===`revocation.confirm`?t.code.trim():``}),onDone:`#revocation.done`,onError:{target:`idle`,actions:O({failure:({event:e})=>g(e.error)})}}}}},done:{type:`final`}}});function z(e){return e===`done`?`done`:typeof e==`object`&&e&&`code`in e||e===`code`?`code`:`form`}var B=[`reason`,`comment`,`code`],V=class extends n{constructor(...e){super(...e),this.certificateId=null,this.timeZone=p,this.reason=null,this.comment=``,this.code=``,this.errors={},this.flow=null,this.lastStep=null,this.onRequest=async e=>{if(e.preventDefault(),this.flow?.snapshot.hasTag(`busy`))return;let t=D(P,{reason:this.reason??``,comment:this.comment});t.success?(this.errors={},this.send({type:`revocation.request`,...t.output})):await this.showErrors(t.issues)},this.onConfirm=async e=>{if(e.preventDefault(),this.flow?.snapshot.hasTag(`busy`))return;let t=D(M,{code:this.code});t.success?(this.errors={},this.send({type:`revocation.confirm`,code:t.output.code})):await this.showErrors(t.issues)}}static{this.styles=[l,b,e`
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
`]}connectedCallback(){super.connectedCallback(),this.flow??=new j(this,this.provided(),{input:{certificateId:this.certificateId},onChange:e=>{e.context.failure?.status===401&&this.certificateId&&this.view.send({type:`space.sessionExpired`});let t=z(e.value);if(t===this.lastStep)return;let n=this.lastStep===null;this.lastStep=t,t===`done`&&this.emit(`revocation-done`),n||this.focusStep()}})}disconnectedCallback(){super.disconnectedCallback(),queueMicrotask(()=>{this.isConnected||this.flow?.actor.stop()})}provided(){let e=()=>this.view,t=async e=>{try{return await e()}catch(e){throw y(e)}};return R.provide({actors:{requestRevocation:E(({input:n,signal:r})=>t(()=>e().api.requestRevocation(e().session?.accessToken??``,n.certificateId,{reason:n.reason,comment:n.comment},r))),confirmRevocation:E(({input:n,signal:r})=>t(()=>e().api.confirmRevocation(e().session?.accessToken??null,n.certificateId,n.code,r)))}})}t(e,t){return v(this.view.locale,e,t)}send(e){this.flow?.send(e)}async focusStep(){await this.updateComplete,this.renderRoot.querySelector(`[data-focus]`)?.focus()}render(){let e=this.flow;if(!e||!this.view)return r;let t=e.snapshot,n=t.hasTag(`busy`);switch(z(t.value)){case`form`:return this.renderForm(n);case`code`:return this.renderCode(n);case`done`:return s`<p class="notice" role="status" tabindex="-1" data-focus>
${this.t(this.certificateId?`revocation.done`:`revocationPage.done`)}
</p>
${this.certificateId?this.closeButton(`primary`):r}`}}failure(){let e=this.flow?.snapshot.context.failure??null;if(!e)return{own:{},general:null};let t={},n=[];for(let[r,i]of Object.entries(e.fields))B.includes(r)?t[r]=i:n.push(i);let r=n.join(` `)||null;return Object.keys(e.fields).length===0&&(r=e.status===429?v(this.view.locale,`space.throttled`,{n:e.retryAfter??60}):e.status===0?v(this.view.locale,`space.network`):e.message??v(this.view.locale,`space.failed`)),{own:t,general:r}}renderGeneral(e){return e?s`<p class="alert" role="alert">${e}</p>`:r}renderForm(e){let{own:t,general:n}=this.failure(),i=this.errors.reason??t.reason,a=this.errors.comment??t.comment;return s`
      <p class="alert" id="warning" data-focus tabindex="-1">${this.t(`revocation.warning`)}</p>
      ${this.renderGeneral(n)}
      <form novalidate @submit=${this.onRequest}>
        <fieldset aria-describedby=${i?`reason-error`:r}>
          <legend>
            ${this.t(`revocation.reason`)}<span class="req" aria-hidden="true"> *</span>
          </legend>
          ${N.map(e=>s`<label class="choice">
<input
type="radio"
name="reason"
value=${e}
required
aria-invalid=${i?`true`:`false`}
.checked=${this.reason===e}
@change=${()=>{this.reason=e,this.errors={...this.errors,reason:``}}}
/>
<span>${T(this.view.locale,`revocation.reason.${e}`)}</span>
</label>`)}
          ${i?s`<p class="error" id="reason-error">${i}</p>`:r}
        </fieldset>
        <div>
          <label class="text" for="comment">${this.t(`revocation.comment`)}</label>
          <textarea
            id="comment"
            name="comment"
            maxlength=${ee.reason}
            aria-invalid=${a?`true`:`false`}
            aria-describedby=${a?`comment-error`:r}
            .value=${this.comment}
            @input=${e=>{this.comment=e.target.value}}
          ></textarea>
          ${a?s`<p class="error" id="comment-error">${a}</p>`:r}
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
    `}renderCode(e){let{own:t,general:n}=this.failure(),i=this.flow?.snapshot.context.sent??null,{locale:a}=this.view,o=i?this.t(A(a,i.sentTo,`revocation.sent`),{n:i.sentTo,date:S(i.expiresAt,a,this.timeZone),time:h(i.expiresAt,a,this.timeZone)}):this.t(this.certificateId?`revocation.codeIntro`:`revocationPage.intro`);return s`
<p class=${i?`notice`:`intro`} role=${i?`status`:r} tabindex="-1" data-focus>
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
error=${this.errors.code||t.code||r}
@input=${e=>{this.code=e.target.value,this.errors.code&&(this.errors={...this.errors,code:``})}}
@keydown=${e=>{e.key===`Enter`&&(e.preventDefault(),this.onConfirm(e))}}
></certinomis-field>
<button type="submit" class="primary" ?disabled=${e} aria-busy=${e?`true`:`false`}>
${this.t(e?`revocation.confirming`:`revocation.confirm`)}
</button>
</form>
${this.certificateId?s`<div class="actions">
<button
type="button"
class="link"
@click=${()=>this.send({type:`revocation.restart`})}
>
${this.t(`revocation.restart`)}
</button>
${this.closeButton(`secondary`)}
</div>`:r}
`}closeButton(e){return s`<button type="button" class=${e} @click=${()=>this.emit(`revocation-close`)}>
${this.t(`revocation.close`)}
</button>`}async showErrors(e){let t={};for(let n of w(e,this.view.locale))t[n.field]=n.message;this.errors=t,await this.updateComplete;let[n]=Object.entries(t);n&&(this.view.announce(n[1]),(n[0]===`reason`?this.renderRoot.querySelector(`input[name="reason"]`):this.renderRoot.querySelector(`[name="${n[0]}"]`))?.focus())}emit(e){this.dispatchEvent(new CustomEvent(e,{bubbles:!0,composed:!0}))}};u([a({attribute:!1})],V.prototype,`view`,void 0),u([a({attribute:!1})],V.prototype,`certificateId`,void 0),u([a({attribute:!1})],V.prototype,`timeZone`,void 0),u([i()],V.prototype,`reason`,void 0),u([i()],V.prototype,`comment`,void 0),u([i()],V.prototype,`code`,void 0),u([i()],V.prototype,`errors`,void 0),V=u([o(`certinomis-space-revocation-flow`)],V);var H=class extends n{constructor(...e){super(...e),this.open=!1,this.done=!1,this.focusPending=!1,this.show=async()=>{this.open=!0,await this.updateComplete,this.dialog.showModal(),this.renderRoot.querySelector(`#revocation-title`)?.focus()},this.onClosed=()=>{this.open=!1,this.button?.focus()},this.onDone=e=>{e.stopPropagation(),this.view.announce(this.t(`revocation.doneAnnounce`,{name:this.name})),this.done=!0}}static{this.styles=[l,b,e`
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
`]}t(e,t){return v(this.view.locale,e,t)}get name(){return this.row.beneficiary??this.row.identity??this.row.orderReference}render(){return this.row.revocation===`requested`?s`<p class="small" id="pending" tabindex="-1"><span class="pending">${this.t(`revocation.pending`)}</span><br />
<span class="status">${this.t(`revocation.pendingHelp`)}</span></p>`:s`
${this.row.revocation===`refused`?s`<p class="small status">${this.t(`revocation.refused`)}</p>`:r}
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
${this.open?s`<h2 id="revocation-title" tabindex="-1">${this.t(`revocation.heading`)}</h2>
<p class="subject">
${this.t(`revocation.subject`,{name:this.name,reference:this.row.orderReference})}
</p>
<certinomis-space-revocation-flow
.view=${this.view}
.certificateId=${this.row.dossierId}
.timeZone=${this.row.timeZone}
@revocation-close=${()=>this.dialog.close()}
@revocation-done=${this.onDone}
></certinomis-space-revocation-flow>`:r}
</dialog>
`}updated(){!this.open&&this.done&&(this.done=!1,this.focusPending=!0,this.dispatchEvent(new CustomEvent(`revocation-done`,{bubbles:!0,composed:!0}))),this.focusPending&&this.row.revocation===`requested`&&(this.focusPending=!1,this.renderRoot.querySelector(`#pending`)?.focus())}};u([a({attribute:!1})],H.prototype,`view`,void 0),u([a({attribute:!1})],H.prototype,`row`,void 0),u([i()],H.prototype,`open`,void 0),u([d(`dialog`)],H.prototype,`dialog`,void 0),u([d(`button.request`)],H.prototype,`button`,void 0),H=u([o(`certinomis-space-revocation`)],H);function U(e,t){let{locale:n}=e;if(t.renewedBy)return s`<span class="renewal-link" data-renewed-by=${t.renewedBy}
>${v(n,`renewal.renewedBy`,{reference:t.renewedBy})}</span
>`;let i=t.renewal;if(!i||!e.renew)return r;let a=e.renew;return s`<button
type="button"
class="secondary renew"
aria-label=${v(n,`renewal.buttonLabel`,{reference:t.orderReference,name:t.beneficiary??t.identity??``})}
@click=${()=>a(i)}
>
${v(n,`renewal.button`)}
</button>`}function W(e,t){return t.renewalOf?s`<span class="renewal-link" data-renewal-of=${t.renewalOf}
>${v(e.locale,`renewal.of`,{reference:t.renewalOf})}</span
>`:r}function G(e,t){let n;try{n=new URL(globalThis.location.href)}catch{return}let r=n.searchParams.get(`renew`);if(r===null)return;n.searchParams.delete(`renew`);try{history.replaceState(history.state,``,`${n.pathname}${n.search}${n.hash}`)}catch{}let i=t.find(e=>e.dossierId===r);i?.renewal&&!i.renewedBy&&e.renew?.(i.renewal)}function K(e,t){return e.revoked?s`<span class="revoked-on"
>${v(t,`revocation.revokedOn`,{date:S(e.revoked.at,t,e.timeZone),reason:T(t,`revocation.reason.${e.revoked.reason}`)})}</span
>`:r}var q=s`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20h9"/><path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>`;function J(e,t,n,i){let{locale:a}=e;return s`<div class="scroll">
<table>
<caption class="visually-hidden">${i}</caption>
<thead>
<tr>
<th scope="col">${v(a,`dossiers.product`)}</th>
<th scope="col">${v(a,`dossiers.status`)}</th>
<th scope="col"><span class="visually-hidden">${v(a,`dossiers.action`)}</span></th>
</tr>
</thead>
<tbody>
${t.length===0?s`<tr><td class="empty" colspan="3">${n}</td></tr>`:t.map(t=>{let n=t.position,i={reference:t.orderReference,n},o=_.includes(t.status);return s`<tr data-dossier=${t.id}>
<td>
${C(a,`dossiers.row`,{product:s`<span class="product">${t.productLabel}</span>`,reference:s`<span class="mono">${t.orderReference}</span>`,date:S(t.orderDate,a,t.timeZone)})}
${t.quantity>1||t.beneficiary?s`<span class="sub" data-which>${Y(e,t)}</span>`:r}
</td>
<td>
<span class="badge ${t.status}">${t.statusLabel}</span>
${W(e,t)}
${K(t,a)}
</td>
<td>
${o?s`<button
type="button"
class="icon-button pen"
part="dossier-button"
aria-label=${v(a,`dossiers.open`,i)}
@click=${()=>e.openDossier(t.id)}
>
${q}
</button>`:s`<button
type="button"
class="link view"
part="dossier-button"
aria-label=${v(a,`dossiers.view`,i)}
@click=${()=>e.openDossier(t.id)}
>
${v(a,`dossiers.viewShort`)}
</button>`}
</td>
</tr>`})}
</tbody>
</table>
</div>`}function Y(e,t){let{locale:n}=e;return[t.quantity>1?v(n,`dossiers.position`,{n:t.position,total:t.quantity}):``,t.beneficiary?v(n,`dossiers.beneficiary`,{name:t.beneficiary}):``].filter(Boolean).join(` · `)}var X=class extends m{constructor(...e){super(...e),this.dossiers={state:`loading`},this.certificates={state:`loading`},this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load())}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.load()}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(){let e=this.view.session;if(!e)return;this.abort?.abort();let t=new AbortController;this.abort=t;let{api:n,send:r}=this.view,i=async e=>{try{return{state:`ready`,value:await e}}catch(e){return!t.signal.aborted&&y(e).status===401&&r({type:`space.sessionExpired`}),{state:`error`}}},[a,o]=await Promise.all([i(n.dossiers(e.accessToken,{open:!0,limit:5},t.signal)),i(n.certificates(e.accessToken,t.signal))]);t.signal.aborted||(this.dossiers=a,this.certificates=o,o.state===`ready`&&G(this.view,o.value.items))}render(){return s`
<h2 tabindex="-1">${this.t(`dashboard.heading`)}</h2>
<div class="panels">
<section aria-labelledby="dossiers-title">
<div class="section-head">
<h3 id="dossiers-title">${this.t(`dossiers.heading`)}</h3>
${this.dossiers.state===`ready`&&this.dossiers.value.items.length>0?s`<button
type="button"
class="link all"
aria-describedby="dossiers-title"
@click=${()=>this.view.send({type:`space.showAll`})}
>
${this.t(`dossiers.all`)} <span aria-hidden="true">&gt;</span>
</button>`:r}
</div>
${this.renderDossiers()}
</section>
<section aria-labelledby="certificates-title" @revocation-done=${()=>this.load()}>
<h3 id="certificates-title">${this.t(`certificates.heading`)}</h3>
${this.renderCertificates()}
</section>
<certinomis-space-billing .view=${this.view}></certinomis-space-billing>
</div>
`}renderDossiers(){let{dossiers:e}=this;return e.state===`loading`?s`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:e.state===`error`?this.renderLoadError():J(this.view,e.value.items,this.t(`dossiers.empty`),this.t(`dossiers.heading`))}renderCertificates(){let{certificates:e}=this;if(e.state===`loading`)return r;if(e.state===`error`)return this.renderLoadError();let{locale:t}=this.view,n=e.value.items;return s`<div class="scroll">
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
${n.length===0?s`<tr><td class="empty" colspan="4">${this.t(`certificates.empty`)}</td></tr>`:n.map(e=>s`<tr>
<td>${e.identity??`—`}</td>
<td>${e.beneficiary??`—`}</td>
<td>
<span class="badge ${e.status}">${e.statusLabel}</span>
${U(this.view,e)}
<certinomis-space-revocation .view=${this.view} .row=${e}></certinomis-space-revocation>
</td>
<td>${e.expiresAt?S(e.expiresAt,t,e.timeZone):`—`}</td>
</tr>`)}
</tbody>
</table>
</div>`}renderLoadError(){return s`<div class="alert" role="alert">
<p>${this.t(`dossiers.failed`)}</p>
<button type="button" class="secondary" @click=${()=>this.load()}>
${this.t(`dossiers.retry`)}
</button>
</div>`}};u([i()],X.prototype,`dossiers`,void 0),u([i()],X.prototype,`certificates`,void 0),X=u([o(`certinomis-space-dashboard`)],X);var Z=class extends m{constructor(...e){super(...e),this.rows=[],this.cursor=null,this.status=``,this.loading=!0,this.failed=!1,this.loaded=null,this.abort=null}willUpdate(e){super.willUpdate(e);let t=`${this.view.locale}:${this.view.session?.accessToken??``}`;t!==this.loaded&&(this.loaded=t,this.load(!1))}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}async load(e){let t=this.view.session;if(!t)return;this.abort?.abort();let n=new AbortController;this.abort=n,this.loading=!0,this.failed=!1;try{let r=await this.view.api.dossiers(t.accessToken,{status:this.status||null,cursor:e?this.cursor:null,limit:20},n.signal);if(n.signal.aborted)return;this.rows=e?[...this.rows,...r.items]:r.items,this.cursor=r.nextCursor,this.loading=!1,this.view.announce(this.t(A(this.view.locale,this.rows.length,`dossiers.shown`),{n:this.rows.length}))}catch(e){if(n.signal.aborted)return;if(this.loading=!1,y(e).status===401){this.view.send({type:`space.sessionExpired`});return}this.failed=!0}}filterOptions(){let{locale:e}=this.view;return[{value:``,label:this.t(`dossiers.filterAll`)},...x.map(t=>({value:t,label:T(e,`status.${t}`)}))]}render(){let{send:e}=this.view,t=this.loading&&this.rows.length===0;return s`
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
${t?s`<p class="status" role="status">${this.t(`dossiers.loading`)}</p>`:J(this.view,this.rows,this.t(this.status?`dossiers.emptyFilter`:`dossiers.empty`),this.t(`dossiers.allHeading`))}
${this.failed?s`<div class="alert" role="alert">
<p>${this.t(`dossiers.failed`)}</p>
<button
type="button"
class="secondary"
@click=${()=>this.load(this.rows.length>0)}
>
${this.t(`dossiers.retry`)}
</button>
</div>`:r}
${this.cursor&&!t?s`<button
type="button"
class="secondary more"
?disabled=${this.loading}
aria-busy=${this.loading?`true`:`false`}
@click=${()=>this.load(!0)}
>
${this.t(`dossiers.more`)}
</button>`:r}
`}};u([i()],Z.prototype,`rows`,void 0),u([i()],Z.prototype,`cursor`,void 0),u([i()],Z.prototype,`status`,void 0),u([i()],Z.prototype,`loading`,void 0),u([i()],Z.prototype,`failed`,void 0),Z=u([o(`certinomis-space-dossiers`)],Z);var Q=class extends n{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=`fr`,this.load={state:`loading`},this.context=null,this.close=()=>{this.dispatchEvent(new CustomEvent(`certinomis-space-renewal-close`,{bubbles:!0,composed:!0}))}}static{this.styles=[l,b]}get key(){return this.partnerKey??this.start.partnerKey}willUpdate(e){if(!this.context||e.has(`locale`)||e.has(`api`)||e.has(`partnerKey`)){let e=new URL(this.api||globalThis.location.origin,globalThis.location.href).href;this.context={locale:this.locale,client:new f({baseUrl:e,partnerKey:this.key,locale:this.locale})},this.load.state!==`ready`&&this.fetch()}}async fetch(){let e=this.context;if(e){this.load={state:`loading`};try{let[n]=await Promise.all([e.client.getCatalog(),t(`purchase`,()=>import(`./certinomis-purchase-P2KP6vwY.js`))]);await c(e.locale).catch(()=>void 0),this.load={state:`ready`,catalog:n}}catch{this.load={state:`error`}}}}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}render(){let{locale:e}=this;return s`
<button type="button" class="link back" @click=${this.close}>
${v(e,`renewal.back`)}
</button>
<h2 tabindex="-1">${v(e,`renewal.heading`,{reference:this.start.orderReference})}</h2>
<p class="intro">${v(e,`renewal.intro`)}</p>
${this.renderPurchase()}
`}renderPurchase(){let{load:e,context:t,locale:n}=this;return e.state===`loading`||!t?s`<p class="status" role="status">${v(n,`renewal.loading`)}</p>`:e.state===`error`?s`<div class="alert" role="alert">
<p>${v(n,`renewal.failed`)}</p>
<button type="button" class="secondary" @click=${()=>this.fetch()}>
${v(n,`renewal.retry`)}
</button>
</div>`:s`<certinomis-purchase
exportparts="card, order-button, stepper, buttons, field, summary"
.context=${t}
.catalog=${e.catalog}
.renewal=${this.start}
partner-key=${this.key??r}
></certinomis-purchase>`}};u([a({attribute:!1})],Q.prototype,`start`,void 0),u([a()],Q.prototype,`api`,void 0),u([a({attribute:`partner-key`})],Q.prototype,`partnerKey`,void 0),u([a()],Q.prototype,`locale`,void 0),u([i()],Q.prototype,`load`,void 0),Q=u([o(`certinomis-space-renewal`)],Q);var $=class extends m{render(){return s`
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
`}};$=u([o(`certinomis-space-revocation-page`)],$);
//# sourceMappingURL=dashboard-screens-ia5dGEcj.js.map