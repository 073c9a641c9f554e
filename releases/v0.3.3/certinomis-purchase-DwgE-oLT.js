import{B as e,F as t,I as n,L as r,M as i,N as a,P as o,R as s,V as c,_ as l,c as u,g as d,h as f,j as p,m as ee,o as te,p as m,r as ne,s as h,z as g}from"./certinomis-order.js";import{a as _,i as v,n as re,o as y,q as b,r as x,t as ie}from"./machine-controller-DopOd4qV.js";import{E as S,T as C,_ as w,a as T,c as ae,d as E,g as oe,h as se,i as D,l as O,m as ce,n as le,o as k,p as ue,r as de,s as A,t as fe,u as j,v as pe,x as me,y as M}from"./purchase-shared-BqDOY6g7.js";import{t as he}from"./plural-DheKwRht.js";function ge(e){return{product:e.product,renewalOf:e.renewalOf,customer:{...e.customer,emailConfirmation:e.customer.email}}}function N(e,t){return C((e??``).trim())===C((t??``).trim())}function _e(e){return typeof e==`string`&&me.includes(e)}function P(e,t,n,r,i){for(let a of t){if(!Object.hasOwn(n,a))continue;let t=n[a];if(t==null)delete e[a];else if(typeof t==`string`)e[a]=t;else{i.refused.push({field:`${r}.${a}`,key:`validation.type`});continue}i.touched.push(`${r}.${a}`)}}function F(e,t,n){let r=/* @__PURE__ */ new Set([...t.touched,...t.refused.map(e=>e.field)]);return[...e.issues.filter(e=>!r.has(e.field)&&(n===void 0||!e.field.startsWith(n))),...t.refused]}function ve(e,t,n){let r={touched:[],refused:[]};switch(t){case`customer`:{let t={...e.customer};if(P(t,ce,n,`customer`,r),N(e.customer.siret,t.siret))return{customer:t,issues:F(e,r)};let i={...e.payment};return(!i.siret?.trim()||N(i.siret,e.customer.siret))&&(t.siret===void 0?delete i.siret:i.siret=t.siret),{customer:t,payment:i,organisation:null,organisationStatus:`idle`,issues:F(e,r)}}case`billing`:{let t={...e.billing};return P(t,ue,n,`billing`,r),{billing:t,issues:F(e,r)}}case`options`:{let t={...e.options};for(let i of se){if(!Object.hasOwn(n,i))continue;let a=n[i],o=`options.${i}`;typeof a==`boolean`?i===`usbReader`&&!a&&M(e)?r.refused.push({field:o,key:`validation.usb_reader_required`}):(t[i]=a,r.touched.push(o)):r.refused.push({field:o,key:`validation.type`})}return{options:t,issues:F(e,r)}}case`payment`:{let t={...e.payment},i=!1;if(Object.hasOwn(n,`method`)){let a=n.method;a==null?(delete t.method,r.touched.push(`payment.method`),i=e.payment.method!==void 0):_e(a)?a===`mandate`&&e.organisation?.publicAdministration!==!0?r.refused.push({field:`payment.method`,key:`validation.mandate_public_only`}):(t.method=a,r.touched.push(`payment.method`),i=e.payment.method!==a):r.refused.push({field:`payment.method`,key:`validation.payment_method`})}return P(t,oe,n,`payment`,r),{payment:t,issues:F(e,r,i?`payment.`:void 0)}}default:return{}}}function ye(e,t,n){let r=M({organisation:t,renewalOf:e.renewalOf})?{...e.options,usbReader:!0}:e.options,i={...e.payment};return i.method===`mandate`&&t?.publicAdministration!==!0&&delete i.method,{organisation:t,organisationStatus:n,options:r,payment:i,issues:e.issues.filter(e=>e.field!==`customer.siret`&&e.field!==`options.usbReader`)}}function be(e){return{product:e.product,quantity:e.quantity,options:{...e.options},customer:{...e.customer},billing:e.billingDifferent?{...e.billing}:null,payment:pe(e.payment),cgvAccepted:e.cgvAccepted,cgvVersion:e.cgvVersion,...e.renewalOf?{renewalOf:e.renewalOf}:{}}}function xe(e){if(typeof e.product!=`string`)return null;let t=e.product.trim();return O(t,e.productCodes??null).length===0?t:null}function Se(){return{product:null,quantity:1,...w()}}var Ce=re({types:{context:{},events:{},input:{}},actors:{submitOrder:_(async()=>{throw Error(`submitOrder not provided`)})},guards:{hasProduct:({context:e})=>e.product!==null,productSelectable:({context:e,event:t})=>t.type===`purchase.selectProduct`&&O(t.product,e.productCodes).length===0,quantityInRange:({event:e})=>e.type===`purchase.setQuantity`&&j(e.quantity).length===0,stepComplete:({context:e},t)=>E(t.step,e).length===0,orderComplete:({context:e})=>A(e).length===0,currentSiret:({context:e,event:t})=>(t.type===`purchase.lookupStarted`||t.type===`purchase.organisationResolved`)&&N(t.siret,e.customer.siret),hasSubmitError:({context:e})=>e.submitError!==null},actions:{selectProduct:v(({event:e})=>(x(e,`purchase.selectProduct`),{product:e.product.trim(),issues:[]})),refuseProduct:v(({context:e,event:t})=>(x(t,`purchase.selectProduct`),{issues:O(t.product,e.productCodes)})),setQuantity:v(({event:e})=>(x(e,`purchase.setQuantity`),{quantity:e.quantity,issues:[]})),refuseQuantity:v(({event:e})=>(x(e,`purchase.setQuantity`),{issues:j(e.quantity)})),update:v(({context:e,event:t})=>(x(t,`purchase.update`),ve(e,t.section,t.values))),setBillingDifferent:v(({context:e,event:t})=>(x(t,`purchase.setBillingDifferent`),{billingDifferent:t.value===!0,issues:e.issues.filter(e=>!e.field.startsWith(`billing.`))})),startLookup:v({organisation:null,organisationStatus:`pending`}),resolveOrganisation:v(({context:e,event:t})=>(x(t,`purchase.organisationResolved`),ye(e,t.organisation,t.status))),acceptCgv:v(({context:e,event:t})=>(x(t,`purchase.acceptCgv`),{cgvAccepted:!0,cgvVersion:t.version.trim(),issues:e.issues.filter(e=>e.field!==`cgvAccepted`)})),clearIssues:v({issues:[]}),storeStepIssues:v(({context:e},t)=>({issues:E(t.step,e)})),storeAllIssues:v(({context:e})=>({issues:A(e)})),resetForm:v(()=>w()),clearAll:v(()=>Se()),storeOrder:v(({event:e})=>(x(e,`purchase.submitted`),{order:e.order})),storeSubmitError:v(({event:e})=>(x(e,`purchase.submitFailed`),{submitError:e.error})),clearSubmitError:v({submitError:null})}}).createMachine({id:`purchase`,context:({input:e})=>({product:xe(e),quantity:1,...w(),...e.customer?{customer:{...e.customer}}:{},productCodes:e.productCodes?[...e.productCodes]:null,renewalOf:e.renewalOf??null}),initial:`start`,states:{start:{always:[{guard:`hasProduct`,target:`quantity`},{target:`products`}]},products:{on:{"purchase.selectProduct":[{guard:`productSelectable`,target:`quantity`,actions:`selectProduct`},{actions:`refuseProduct`}]}},quantity:{on:{"purchase.selectProduct":[{guard:`productSelectable`,actions:`selectProduct`},{actions:`refuseProduct`}],"purchase.setQuantity":[{guard:`quantityInRange`,actions:`setQuantity`},{actions:`refuseQuantity`}],"purchase.next":[{guard:y([{type:`stepComplete`,params:{step:`products`}},{type:`stepComplete`,params:{step:`quantity`}}]),target:`identification`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`quantity`}}}],"purchase.back":{target:`products`,actions:`clearIssues`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},identification:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`identification`}},target:`options`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`identification`}}}],"purchase.back":{target:`quantity`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},options:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`options`}},target:`payment`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`options`}}}],"purchase.back":{target:`identification`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},payment:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`payment`}},target:`review`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`payment`}}}],"purchase.back":{target:`options`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},review:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.acceptCgv":{actions:`acceptCgv`},"purchase.submit":[{guard:`orderComplete`,target:`submitting`,actions:`clearIssues`},{actions:`storeAllIssues`}],"purchase.retry":[{guard:y([`hasSubmitError`,`orderComplete`]),target:`submitting`,actions:`clearIssues`},{guard:`hasSubmitError`,actions:`storeAllIssues`}],"purchase.back":{target:`payment`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},submitting:{entry:`clearSubmitError`,invoke:{src:`submitOrder`,input:({context:e})=>be(e),onDone:{target:`confirmed`,actions:v({order:({event:e})=>e.output})},onError:{target:`review`,actions:v({submitError:({event:e})=>e.error})}},on:{"purchase.submitted":{target:`confirmed`,actions:`storeOrder`},"purchase.submitFailed":{target:`review`,actions:`storeSubmitError`}}},confirmed:{on:{"purchase.reset":{target:`products`,actions:`clearAll`},"purchase.cancel":{target:`products`,actions:`clearAll`}}}}}),I=class extends n{constructor(...e){super(...e),this.labels=[],this.current=0,this.label=``,this.doneLabel=``}static{this.styles=[d,fe]}render(){return g`<ol aria-label=${this.label||r}>
${this.labels.map((e,t)=>{let n=t<this.current?`done`:t===this.current?`current`:``;return g`<li class=${n} part="step" aria-current=${n===`current`?`step`:r}>
<span class="n" part="number">${t+1}</span> ${e}${n===`done`?g`<span class="visually-hidden"> (${this.doneLabel})</span>`:r}
</li>`})}
</ol>`}};f([o({attribute:!1})],I.prototype,`labels`,void 0),f([o({type:Number})],I.prototype,`current`,void 0),f([o()],I.prototype,`label`,void 0),f([o({attribute:`done-label`})],I.prototype,`doneLabel`,void 0),I=f([t(`certinomis-stepper`)],I);async function we(e){await e.updateComplete,e.renderRoot.querySelector(`h2`)?.focus()}async function Te(e,t){await e.updateComplete;let n=e.renderRoot.querySelector(t);return n?.focus(),n!==null}var L=class extends n{constructor(...e){super(...e),this.touched=/* @__PURE__ */ new Set,this.step=null,this.live=null}static{this.styles=[d,de]}liveIssues(){let{context:e}=this.flow;return this.step===null?[]:(this.live?.context!==e&&(this.live={context:e,issues:E(this.step,e)}),this.live.issues)}issueOf(e,t=this.touched.has(e)){return this.flow.context.issues.find(t=>t.field===e)??(t?this.liveIssues().find(t=>t.field===e):void 0)}errorOf(e,t){let n=this.flow.serverErrors.get(e);if(n)return n;let r=this.issueOf(e,t);return r?b(this.flow.locale,r.key,r.params):null}touch(e){this.touched.has(e)||(this.touched=new Set(this.touched).add(e))}set(e,t){this.flow.send({type:`purchase.update`,section:e,values:t})}field(e,t,n={}){let r=`${e}.${t}`,i=this.flow.context[e][t];return le({...n,name:r,label:D(this.flow.locale,r),value:typeof i==`string`&&i!==``?i:n.fallback??``,error:n.error===void 0?this.errorOf(r):n.error,onInput:n=>this.set(e,{[t]:n}),onChange:()=>this.touch(r)})}focusHeading(){return we(this)}focusFirstError(){return Te(this,`certinomis-field[error], [aria-invalid="true"]`)}async focusFailure(){return!1}};f([o({attribute:!1})],L.prototype,`flow`,void 0),f([a()],L.prototype,`touched`,void 0);async function Ee(e,t){await e.updateComplete,e instanceof L&&(t===`error`&&await e.focusFirstError()||t===`failure`&&await e.focusFailure())||await e.focusHeading()}function De(e){return e.replace(/\s/g,``).toUpperCase()}function Oe(e){return De(e).replace(/(.{4})(?=.)/g,`$1 `)}function R(e,t,n,i={}){let a=t=>l(t,e);return g`<section class="summary" part="summary" aria-busy=${i.loading?`true`:`false`}>
<h3>${T(e,`summary.title`)}</h3>
${t?g`<table>
<thead>
<tr>
<th scope="col">${T(e,`summary.product`)}</th>
<th scope="col" class="num">${T(e,`summary.quantity`)}</th>
<th scope="col" class="num">${T(e,`summary.lineHt`)}</th>
</tr>
</thead>
<tbody>
${t.lines.map((t,n)=>g`<tr>
<th scope="row">
${t.label}${n===0?g` <span class="code">${t.code}</span>`:r}
</th>
<td class="num">${t.quantity}</td>
<td class="num">${a(t.totalHt)} ${T(e,`product.ht`)}</td>
</tr>`)}
</tbody>
</table>
<dl class="totals">
<div><dt>${T(e,`summary.ht`)}</dt><dd>${a(t.totals.ht)}</dd></div>
<div>
<dt>${T(e,`summary.vat`,{rate:n})}</dt>
<dd>${a(t.totals.vat)}</dd>
</div>
<div class="ttc"><dt>${T(e,`summary.ttc`)}</dt><dd>${a(t.totals.ttc)}</dd></div>
</dl>`:r}
<p class="status" role="status">
${i.loading?T(e,`summary.loading`):i.failed?T(e,`summary.failed`):r}
</p>
</section>`}function z(e,t,n){let{rib:i}=t;return g`<div class="payee">
<p class="payee-heading" role="heading" aria-level=${n}>
${T(e,`payment.holder`)}
</p>
<p>
<strong>${t.holder}</strong><br />
${t.address}, ${t.postalCode} ${t.city}
</p>
${i?g`<div class="scroll">
<table>
<caption>${T(e,`payment.rib`)}</caption>
<tbody>
<tr><th scope="row">${T(e,`payment.bankCode`)}</th><td class="mono">${i.bank}</td></tr>
<tr><th scope="row">${T(e,`payment.branchCode`)}</th><td class="mono">${i.branch}</td></tr>
<tr><th scope="row">${T(e,`payment.account`)}</th><td class="mono">${i.account}</td></tr>
<tr><th scope="row">${T(e,`payment.ribKey`)}</th><td class="mono">${i.key}</td></tr>
</tbody>
</table>
</div>`:r}
<dl>
<dt>${T(e,`payment.iban`)}</dt>
<dd class="mono">${Oe(t.iban)}</dd>
<dt>${T(e,`payment.bic`)}</dt>
<dd class="mono">${t.bic}</dd>
<dt>${T(e,`payment.domiciliation`)}</dt>
<dd>${t.bankName}<br />${t.bankBranch}</dd>
</dl>
</div>`}function B(e){return typeof e==`object`&&e&&`reference`in e?e:null}var V=class extends L{render(){let{locale:e,context:t,catalog:n}=this.flow,i=B(t.order);return i?g`
<h2 tabindex="-1">${T(e,`confirm.title`)}</h2>
<p>${T(e,`confirm.reference`)} : <strong class="mono">${i.reference}</strong></p>
${R(e,i,n.vatRate)}
<p>${T(e,`confirm.email`,{email:t.customer.email??``})}</p>
<p>${T(e,`confirm.next`)}</p>
<p><a class="link" href=${i.clientSpaceUrl}>${T(e,`confirm.space`)}</a></p>
<section class="card">
<h3>${T(e,`confirm.payTitle`)}</h3>
${this.renderPayment(i.payment.instructions)}
</section>
<button
type="button"
class="secondary"
@click=${()=>this.flow.send({type:`purchase.reset`})}
>
${T(e,`button.newOrder`)}
</button>
`:r}renderPayment(e){let{locale:t}=this.flow;switch(e.method){case`transfer`:return g`<p>
${T(t,`confirm.transfer`,{amount:l(e.amount,t)})}
</p>
${z(t,e.payee,4)}
<p>${T(t,`confirm.label`)} : <strong class="mono">${e.label}</strong></p>`;case`cheque`:return g`<p>
${T(t,`confirm.cheque`,{amount:l(e.amount,t),payee:e.payableTo,address:e.mailTo})}
</p>`;case`mandate`:return g`<p>
${T(t,`confirm.mandate`,{siret:e.siret,serviceCode:e.serviceCode,chorus:e.chorusOrderNumber,days:e.paymentTermDays})}
</p>`}}};V=f([t(`certinomis-confirmation-step`)],V);var ke=[`FR`,`BE`,`LU`,`CH`,`MC`,`DE`,`ES`,`IT`,`NL`,`PT`,`GB`,`IE`,`AT`];function Ae(e){let t=new Intl.DisplayNames([e],{type:`region`}),[n=`FR`,...r]=ke,i=e=>({value:e,label:t.of(e)??e});return[i(n),...r.map(i).sort((t,n)=>t.label.localeCompare(n.label,e))]}var H=class extends L{constructor(...e){super(...e),this.step=`identification`,this.countries=null}countryList(){let{locale:e}=this.flow;return this.countries?.locale!==e&&(this.countries={locale:e,options:Ae(e)}),this.countries.options}render(){let{locale:e,context:t}=this.flow,n=this.countryList(),i=e=>this.field(e,`country`,{type:`select`,options:n,autocomplete:e===`billing`?`billing country`:`country`,fallback:`FR`});return g`
<h2 tabindex="-1">${T(e,`step.identification`)}</h2>
<p class="intro">${T(e,`identification.intro`)}</p>
<p class="help">${T(e,`form.required`)}</p>
<div class="grid">
${this.field(`customer`,`civility`,{type:`select`,autocomplete:`honorific-prefix`,options:[{value:``,label:T(e,`identification.choose`)},{value:`MME`,label:T(e,`identification.mme`)},{value:`MR`,label:T(e,`identification.mr`)}]})}
<span class="spacer"></span>
${this.field(`customer`,`firstName`,{autocomplete:`given-name`})}
${this.field(`customer`,`lastName`,{autocomplete:`family-name`})}
${this.field(`customer`,`email`,{type:`email`,autocomplete:`email`,help:T(e,`identification.emailHelp`)})}
${this.field(`customer`,`emailConfirmation`,{type:`email`,autocomplete:`email`})}
${this.field(`customer`,`phone`,{type:`tel`,autocomplete:`tel`})}
${i(`customer`)}
${this.siretField()}
${this.field(`customer`,`companyName`,{autocomplete:`organization`})}
${this.field(`customer`,`address`,{autocomplete:`street-address`,wide:!0})}
${this.field(`customer`,`postalCode`,{autocomplete:`postal-code`,inputmode:`numeric`})}
${this.field(`customer`,`city`,{autocomplete:`address-level2`})}
</div>
<label class="choice">
<input
type="checkbox"
.checked=${t.billingDifferent}
@change=${e=>this.flow.send({type:`purchase.setBillingDifferent`,value:e.target.checked})}
/>
${T(e,`identification.billingDifferent`)}
</label>
${t.billingDifferent?g`<fieldset>
<legend>${T(e,`identification.billing`)}</legend>
<div class="grid">
${this.field(`billing`,`companyName`,{autocomplete:`billing organization`})}
${this.field(`billing`,`address`,{autocomplete:`billing street-address`})}
${this.field(`billing`,`postalCode`,{autocomplete:`billing postal-code`,inputmode:`numeric`})}
${this.field(`billing`,`city`,{autocomplete:`billing address-level2`})}
${i(`billing`)}
${this.field(`billing`,`email`,{type:`email`,required:!1,autocomplete:`billing email`})}
</div>
</fieldset>`:r}
`}siretField(){let{locale:e,context:t}=this.flow,n=t.customer.siret??``,i=S(n),a=i===null||i===`checksum`,o=t.organisationStatus,s=``;o===`pending`?s=b(e,`validation.siret_pending`):o===`found`&&t.organisation&&(s=T(e,`identification.siretFound`,{name:t.organisation.name}));let c=this.issueOf(`customer.siret`,a||this.touched.has(`customer.siret`)),l=c&&c.key!==`validation.siret_pending`&&c.key!==`validation.siret_unverified`?b(e,c.key,c.params):null;return g`<div class="siret">
${this.field(`customer`,`siret`,{inputmode:`numeric`,help:s,error:this.flow.serverErrors.get(`customer.siret`)??l})}
${o===`error`?g`<button type="button" class="secondary" @click=${()=>this.flow.lookup()}>
${T(e,`identification.siretCheck`)}
</button>`:r}
</div>`}};H=f([t(`certinomis-identification-step`)],H);function je(){return typeof crypto.randomUUID==`function`?crypto.randomUUID():[...crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(16))].map(e=>e.toString(16).padStart(2,`0`)).join(``)}var Me=class{constructor(e=null){this.record=e}keyFor(e){return this.record?.request!==e&&(this.record={key:je(),request:e}),this.record.key}forget(){this.record=null}},U={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Ne=e=>(...t)=>({_$litDirective$:e,values:t}),Pe=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}},{I:Fe}=e,Ie=e=>e.strings===void 0,Le={},Re=(e,t=Le)=>e._$AH=t,W=Ne(class extends Pe{constructor(e){if(super(e),e.type!==U.PROPERTY&&e.type!==U.ATTRIBUTE&&e.type!==U.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!Ie(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[t]){if(t===s||t===r)return t;let n=e.element,i=e.name;if(e.type===U.PROPERTY){if(t===n[i])return s}else if(e.type===U.BOOLEAN_ATTRIBUTE){if(!!t===n.hasAttribute(i))return s}else if(e.type===U.ATTRIBUTE&&n.getAttribute(i)===t+``)return s;return Re(e),t}}),G=class{constructor(e,t=250){this.host=e,this.delay=t,this.value=null,this.loading=!1,this.failed=!1,this.key=``,this.abort=null,e.addController(this)}requestFor({context:e,client:t,locale:n},r=!0){if(!e.product)return;let i=r?e.options:{usbReader:!1,express:!1};this.request(t,{product:e.product,quantity:e.quantity,options:i},n)}request(e,t,n){let r=`${n}${JSON.stringify(t)}`;r!==this.key&&(this.key=r,this.cancel(),this.loading=!0,this.timer=setTimeout(()=>void this.fetch(e,t),this.value?this.delay:0))}async fetch(e,t){let n=new AbortController;this.abort=n;try{let r=await e.getQuote(t,n.signal);if(n.signal.aborted)return;this.value=r,this.failed=!1}catch{if(n.signal.aborted)return;this.failed=!0}this.loading=!1,this.host.requestUpdate()}cancel(){clearTimeout(this.timer),this.abort?.abort()}hostConnected(){}hostDisconnected(){this.cancel(),this.key=``}},ze={usb_reader:`usbReader`,express:`express`},K=class extends L{constructor(...e){super(...e),this.step=`options`,this.quote=new G(this)}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow)}render(){let{locale:e,catalog:t}=this.flow;return g`
<h2 tabindex="-1">${T(e,`step.options`)}</h2>
<p class="intro">${T(e,`options.intro`)}</p>
${t.options.map(e=>this.renderOption(e))}
${R(e,this.quote.value,t.vatRate,this.quote)}
`}renderOption(e){let{locale:t,context:n}=this.flow,i=ze[e.code];if(!i)return r;let a=`options.${i}`,o=i===`usbReader`&&M(n),s=this.errorOf(a,!0),c=[`d-${i}`,o?`l-${i}`:``,s?`e-${i}`:``].filter(Boolean).join(` `);return g`<div class="card" part="card">
<label class="choice">
<input
type="checkbox"
name=${a}
.checked=${W(n.options[i])}
?disabled=${o}
aria-describedby=${c}
aria-invalid=${s?`true`:`false`}
@change=${e=>this.set(`options`,{[i]:e.target.checked})}
/>
<span>
<strong>${e.label}</strong>
${e.rule?g`(${T(t,`options.usbMandatory`)})`:r}
</span>
</label>
<p class="price">
${T(t,`summary.perCertif`,{price:l(e.priceHt,t)})}
</p>
<p class="help" id=${`d-${i}`}>${e.description}</p>
${o?g`<p class="ok" id=${`l-${i}`}><span aria-hidden="true">🔒</span> ${T(t,`options.usbLocked`)}</p>`:r}
${s?g`<p class="error" id=${`e-${i}`}>${s}</p>`:r}
</div>`}};K=f([t(`certinomis-options-step`)],K);var q=class extends L{constructor(...e){super(...e),this.step=`payment`,this.tipOff=!1}render(){let{locale:e,context:t}=this.flow,n=t.payment.method,i=t.organisation?.publicAdministration===!0,a=this.errorOf(`payment.method`,!1),o=i?[`mandate`,`transfer`,`cheque`]:[`transfer`,`cheque`];return g`
<h2 tabindex="-1">${T(e,`step.payment`)}</h2>
<p class="intro">${T(e,`payment.intro`)}</p>
<fieldset aria-describedby=${a?`e-method`:r}>
<legend>${D(e,`payment.method`)} <span class="error" aria-hidden="true">*</span></legend>
${o.map(t=>g`<label class="choice">
<input
type="radio"
name="payment.method"
value=${t}
.checked=${W(n===t)}
aria-invalid=${a?`true`:`false`}
@change=${()=>this.set(`payment`,{method:t})}
/>
${T(e,`payment.${t}`)}
</label>`)}
${i?r:g`<span class="why ${this.tipOff?`off`:``}" @mouseenter=${this.showTip}>
<button
type="button"
class="info"
aria-label=${T(e,`payment.mandateWhy`)}
aria-describedby="tip"
@focus=${this.showTip}
@keydown=${e=>{e.key===`Escape`&&(this.tipOff=!0)}}
>
?
</button>
<span role="tooltip" id="tip">${T(e,`payment.mandateReason`)}</span>
<span class="help" aria-hidden="true">${T(e,`payment.mandateWhy`)}</span>
</span>`}
${a?g`<p class="error" id="e-method">${a}</p>`:r}
</fieldset>
${n?this.renderMethod(n):r}
`}showTip(){this.tipOff=!1}renderMethod(e){let{locale:t,catalog:n}=this.flow;switch(e){case`mandate`:return g`<p>${T(t,`payment.mandateIntro`)}</p>
<div class="grid">
${this.field(`payment`,`siret`,{inputmode:`numeric`,help:T(t,`payment.siretHelp`)})}
${this.field(`payment`,`serviceCode`,{help:T(t,`payment.serviceCodeHelp`)})}
${this.field(`payment`,`chorusOrderNumber`,{help:T(t,`payment.chorusHelp`)})}
</div>`;case`transfer`:return g`<p>${T(t,`payment.transferIntro`)}</p>
<p class="help">${T(t,`payment.holderHelp`)}</p>
${z(t,n.payee,3)}
${this.field(`payment`,`transferReference`,{help:T(t,`payment.referenceHelp`)})}`;case`cheque`:return g`<p>${T(t,`payment.chequeIntro`)}</p>
<div class="grid">
${this.field(`payment`,`chequeNumber`,{inputmode:`numeric`,help:T(t,`payment.chequeNumberHelp`)})}
${this.field(`payment`,`bank`,{help:T(t,`payment.bankHelp`)})}
</div>`}}};f([a()],q.prototype,`tipOff`,void 0),q=f([t(`certinomis-payment-step`)],q);function Be(e,t){try{t?m()?.setItem(e,JSON.stringify(t)):m()?.removeItem(e)}catch{}}var J=e=>typeof e==`object`&&!!e&&!Array.isArray(e);function Ve(e){try{let t=JSON.parse(m()?.getItem(e)??`null`);if(!J(t)||t.v!==1||!ae(t.state))return null;let n=t.context;return!J(n)||!J(n.customer)||!J(n.billing)||!J(n.options)||!J(n.payment)||!Array.isArray(n.issues)||typeof n.quantity!=`number`?null:t}catch{return null}}function He(e,t,n){if(e===`confirmed`)return null;let{order:r,submitError:i,...a}=t;return{v:1,state:e===`submitting`?`review`:e,context:a,idempotency:n}}function Ue(e,t){return{...e.context,organisationStatus:e.context.organisationStatus===`pending`?`idle`:e.context.organisationStatus,productCodes:t,renewalOf:e.context.renewalOf??null,order:null,submitError:null}}var We=c`
${te}

.form-title{
font-size:1.15rem;
font-weight:700;
}

.intro{
color:var(--_muted);
}
`,Y=class extends L{constructor(...e){super(...e),this.quote=new G(this)}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow,!1)}render(){let{locale:e,context:t,catalog:n}=this.flow;return g`
<h2 tabindex="-1">${T(e,`order.title`)}</h2>
<p class="intro">${T(e,`quantity.intro`)}</p>
<certinomis-field
part="field"
name="quantity"
type="number"
inputmode="numeric"
min="1"
max="50"
required
label=${T(e,`field.quantity`)}
help=${T(e,`quantity.help`)}
.value=${String(t.quantity)}
error=${this.errorOf(`quantity`)??r}
@input=${this.onInput}
></certinomis-field>
<p class="note">${T(e,`quantity.note`)}</p>
${R(e,this.quote.value,n.vatRate,this.quote)}
`}onInput(e){let t=e.target.value.trim();this.flow.send({type:`purchase.setQuantity`,quantity:t===``?NaN:Number(t)})}};Y=f([t(`certinomis-quantity-step`)],Y);var Ge=c`
dialog{
width:min(44rem,calc(100vw - 1.5rem));
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

.cgv-body{
overflow-y:auto;
max-height:min(60vh,36rem);
border:1px solid var(--_border);
border-radius:var(--_radius);
padding:0 var(--_space);
}

.cgv-body :is(h2,h3){
font-size:1rem;
margin:1rem 0 0.25rem;
}

.cgv-body p{
margin:0 0 0.5rem;
}

.sentinel{
height:1px;
}

.dialog-buttons{
display:flex;
flex-wrap:wrap;
justify-content:flex-end;
gap:0.5rem;
}

.accept:disabled{
opacity:0.55;
cursor:not-allowed;
}
`,Ke=/^(H[1-6]|P|UL|OL|LI|STRONG|EM|B|I|BR|A|SECTION|TABLE|THEAD|TBODY|TR|TH|TD|SPAN|DIV|BLOCKQUOTE|SMALL|SUP|SUB)$/;function qe(e){let t=document.createElement(`template`);t.innerHTML=e;let n=t.content;for(let e of[...n.querySelectorAll(`*`)])if(!Ke.test(e.tagName))/^(SCRIPT|STYLE|IFRAME|OBJECT|EMBED|TEMPLATE|LINK|META)$/.test(e.tagName)?e.remove():e.replaceWith(...e.childNodes);else{for(let t of[...e.attributes])e.tagName===`A`&&t.name===`href`&&/^https?:/i.test(t.value)||e.removeAttribute(t.name);e.tagName===`A`&&e.setAttribute(`rel`,`noopener`)}return document.importNode(n,!0)}var X=class extends L{constructor(...e){super(...e),this.step=`review`,this.quote=new G(this,0),this.cgv=null,this.cgvFailed=!1,this.read=!1,this.content=null,this.cgvClient=null,this.observer=null}static{this.styles=[...L.styles,Ge]}connectedCallback(){super.connectedCallback(),this.cgv||this.loadCgv()}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null}async loadCgv(){this.cgvFailed=!1;let e=this.flow.client;this.cgvClient=e;try{let t=await e.getCgv();if(e!==this.flow.client)return;this.content=qe(t.html),this.cgv=t}catch{this.cgvFailed=!0}}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow),this.cgvClient&&this.cgvClient!==this.flow.client&&(this.observer?.disconnect(),this.observer=null,this.cgv=null,this.content=null,this.read=!1,this.loadCgv())}updated(){this.sentinel&&this.body&&!this.observer&&(this.observer=new IntersectionObserver(e=>{e.some(e=>e.isIntersecting)&&(this.read=!0)},{root:this.body}),this.observer.observe(this.sentinel))}openCgv(){this.dialog.showModal(),this.cgv||this.loadCgv()}paymentDetails(){let{locale:e,context:t}=this.flow,{payment:n}=t,i=e=>e??``;switch(n.method){case`mandate`:return g`<br />${T(e,`review.payment.mandate`,{siret:i(n.siret),serviceCode:i(n.serviceCode),chorus:i(n.chorusOrderNumber)})}`;case`transfer`:return g`<br />${T(e,`review.payment.transfer`,{reference:i(n.transferReference)})}`;case`cheque`:return g`<br />${T(e,`review.payment.cheque`,{number:i(n.chequeNumber),bank:i(n.bank)})}`;default:return r}}render(){let{locale:e,context:t,catalog:n,state:i}=this.flow,{customer:a,payment:o}=t,s=this.errorOf(`cgvAccepted`)??this.errorOf(`cgvVersion`);return g`
<h2 tabindex="-1">${T(e,`step.review`)}</h2>
<p class="intro">${T(e,`review.intro`)}</p>
${R(e,this.quote.value,n.vatRate,this.quote)}
<dl class="facts">
<dt>${T(e,`review.buyer`)}</dt>
<dd>
<span class="fact">${a.firstName} ${a.lastName}</span>
<span class="fact">${a.email}</span>
<span class="fact">${a.companyName}</span>
<span class="fact">SIRET ${a.siret}</span>
</dd>
<dt>${T(e,`review.method`)}</dt>
<dd>
${o.method?T(e,`payment.${o.method}`):``}
${this.paymentDetails()}
</dd>
</dl>
<section class="card" aria-labelledby="cgv-h">
<h3 id="cgv-h">${T(e,`review.cgv`)}</h3>
${t.cgvAccepted?g`<p class="ok">
<span aria-hidden="true">✓</span>
${T(e,`review.cgvAccepted`,{version:t.cgvVersion??``})}
</p>`:g`<p class="help">${T(e,`review.cgvHint`)}</p>`}
<button
type="button"
class="secondary"
aria-haspopup="dialog"
aria-describedby=${s?`e-cgv`:r}
aria-invalid=${s?`true`:`false`}
@click=${this.openCgv}
>
${T(e,`review.readCgv`)}
</button>
${s?g`<p class="error" id="e-cgv">${s}</p>`:r}
</section>
${i===`review`?this.renderFailure():r}
${this.renderDialog()}
`}async focusFailure(){await this.updateComplete;let e=this.renderRoot.querySelector(`[data-retry]`);return e?.focus(),e!==null}renderFailure(){let{locale:e,context:t}=this.flow,n=t.submitError;if(!(n instanceof p)||n.status===422&&n.problem?.errors?.length)return r;let i=n.isNetwork?T(e,`review.networkError`):n.status===409?T(e,`review.inFlight`):`${T(e,`review.failed`)} ${n.problem?.detail??``}`;return g`<div class="alert" role="alert">
<p>${i}</p>
<button type="button" class="primary" data-retry @click=${()=>this.flow.send({type:`purchase.retry`})}>
${T(e,`button.retry`)}
</button>
</div>`}renderDialog(){let{locale:e}=this.flow;return g`<dialog part="dialog" aria-labelledby="dlg-h">
<h2 id="dlg-h">${this.cgv?.title??T(e,`review.cgvTitle`)}</h2>
<div class="cgv-body" tabindex="0" role="region" aria-labelledby="dlg-h">
${this.cgv?g`${this.content}<div class="sentinel"></div>`:this.cgvFailed?g`<p class="error">${T(e,`summary.failed`)}</p>
<button type="button" class="secondary" @click=${this.loadCgv}>
${T(e,`button.retry`)}
</button>`:g`<p role="status">${T(e,`review.cgvLoading`)}</p>`}
</div>
<p class="help" id="scroll-hint">${this.read?``:T(e,`review.cgvScroll`)}</p>
<div class="dialog-buttons">
<button type="button" class="secondary" @click=${()=>this.dialog.close()}>
${T(e,`button.close`)}
</button>
<button
type="button"
class="primary accept"
?disabled=${!this.read||!this.cgv}
aria-describedby="scroll-hint"
@click=${this.accept}
>
${T(e,`review.accept`)}
</button>
</div>
</dialog>`}accept(){this.cgv&&(this.flow.send({type:`purchase.acceptCgv`,version:this.cgv.version}),this.dialog.close())}};f([a()],X.prototype,`cgv`,void 0),f([a()],X.prototype,`cgvFailed`,void 0),f([a()],X.prototype,`read`,void 0),f([i(`dialog`)],X.prototype,`dialog`,void 0),f([i(`.sentinel`)],X.prototype,`sentinel`,void 0),f([i(`.cgv-body`)],X.prototype,`body`,void 0),X=f([t(`certinomis-review-step`)],X);function Je(e){let t=e.split(`.`)[0];return t===`customer`||t===`billing`?`identification`:t===`options`||t===`payment`||t===`quantity`?t:t===`product`?`products`:`review`}function Ye(e){let t=k.length-1;for(let n of e)t=Math.min(t,k.indexOf(Je(n)));return k[t]??`review`}var Z=/* @__PURE__ */ new Map;function Xe(e){let t=e instanceof p&&e.status===422?e.problem?.errors:null;return t?.length?new Map(t.map(e=>[e.field,e.message])):null}function Ze(e){let t=Ye(e);return k.indexOf(`review`)-k.indexOf(t===`products`?`quantity`:t)}function Qe(e){switch(e.type){case`purchase.update`:return`method`in e.values?[`payment.`]:Object.keys(e.values).map(t=>`${e.section}.${t}`);case`purchase.setBillingDifferent`:return[`billing.`];case`purchase.acceptCgv`:return[`cgv`];case`purchase.setQuantity`:return[`quantity`];case`purchase.cancel`:case`purchase.reset`:return[``];default:return[]}}function $e(e,t){if(e.size===0)return e;let n=Qe(t),r=[...e].filter(([e])=>!n.some(t=>e.startsWith(t)));return r.length===e.size?e:new Map(r)}function et(e){return e===null?`unknown`:e.active?`found`:`closed`}var tt=[`identification`,`options`,`payment`,`review`,`submitting`],nt=[[`companyName`,`name`],[`address`,`address`],[`postalCode`,`postalCode`],[`city`,`city`]],rt=class{constructor(e){this.host=e,this.abort=null,this.scheduled=null,this.filled={}}watch(e,t){let n=t.customer.siret??``;t.organisationStatus===`idle`&&tt.includes(e)&&S(n)===null&&this.scheduled!==n&&(this.scheduled=n,queueMicrotask(()=>{this.scheduled=null,this.lookup(n)}))}async lookup(e){let{host:t}=this;this.abort?.abort();let n=new AbortController;this.abort=n,t.send({type:`purchase.lookupStarted`,siret:e});let r=null,i;try{r=await t.client().getOrganisation(e,n.signal),i=et(r)}catch(e){if(n.signal.aborted)return;i=e instanceof p&&e.status===404?`unknown`:`error`,i===`error`&&e instanceof p&&(e.isNetwork||e.status>=500)&&t.failed(e)}let a=r&&{siret:r.siret,name:r.name,active:r.active,publicAdministration:r.publicAdministration,firstCertificate:r.firstCertificate,legalCategory:r.legalCategory};t.send({type:`purchase.organisationResolved`,siret:e,organisation:a,status:i}),r&&i===`found`&&t.context().organisation?.siret===r.siret&&this.fillFrom(r)}fillFrom(e){let t=this.host.context().customer,n={};for(let[r,i]of nt){let a=(t[r]??``).trim();(a===``||a===this.filled[r])&&(n[r]=e[i])}this.filled=Object.fromEntries(nt.map(([t,n])=>[t,e[n]])),Object.keys(n).length>0&&this.host.fill(n)}},Q=[`identification`,`options`,`payment`],$=class extends n{constructor(...e){super(...e),this.partnerKey=null,this.product=null,this.chosen=null,this.renewal=null,this.serverErrors=Z,this.announcement=``,this.flow=null,this.lastState=null,this.lastStep=null,this.pendingFocus=null,this.idempotency=new Me,this.lookup=new rt({client:()=>this.context.client,context:()=>this.flow.snapshot.context,send:e=>this.flow?.send(e),fill:e=>this.send({type:`purchase.update`,section:`customer`,values:e}),failed:e=>u(this,e,T(this.context.locale,`catalog.unreachable`))})}static{this.styles=[d,ne,We]}get state(){return this.flow?this.flow.snapshot.value:null}fill(e){e.customer&&this.send({type:`purchase.update`,section:`customer`,values:e.customer}),e.billing&&(this.send({type:`purchase.setBillingDifferent`,value:!0}),this.send({type:`purchase.update`,section:`billing`,values:e.billing})),e.options&&this.send({type:`purchase.update`,section:`options`,values:e.options}),e.payment&&this.send({type:`purchase.update`,section:`payment`,values:e.payment})}selectProduct(e){this.send({type:`purchase.selectProduct`,product:e})}connectedCallback(){this.flow||this.startFlow(),super.connectedCallback();let e=this.chosen;e!==null&&(this.chosen=null,this.selectProduct(e))}startFlow(){let e=Ce.provide({actors:{submitOrder:_(({input:e})=>this.placeOrder(e))}}),t=this.catalog.products.map(e=>e.code),n=Ve(this.saveKey);this.idempotency.record=n?.idempotency??null;let r=n?e.resolveState({value:n.state,context:Ue(n,t)}):void 0;!n&&this.chosen!==null&&(this.lastStep=`products`,this.lastState=`products`),this.flow=new ie(this,e,{input:{...this.product?{product:this.product}:{},productCodes:t,...this.renewal?ge(this.renewal):{}},...r?{snapshot:r}:{},onChange:(e,t)=>this.onFlowChange(e,t)})}get saveKey(){let e=ee(this.partnerKey);return this.renewal?`${e}:renewal:${this.renewal.renewalOf}`:e}send(e){this.flow&&(this.serverErrors=$e(this.serverErrors,e),this.flow.send(e))}onFlowChange(e,t){let n=e.value,{context:r}=e,i=this.lastState;this.lastState=n,(t!==null||i!==`products`||n!==`products`)&&h(this,`certinomis:state`,{state:n,event:t}),Be(this.saveKey,He(n,r,this.idempotency.record));let a=n===`submitting`?`review`:n;if(a!==this.lastStep&&(this.lastStep!==null&&(this.pendingFocus=`heading`),this.announcement=``,this.lastStep=a,h(this,`certinomis:step`,{step:a,product:r.product})),i===`submitting`&&n===`confirmed`){let e=B(r.order);e&&h(this,`certinomis:order-placed`,{reference:e.reference,totals:e.totals,totalTTC:e.totals.ttc})}i===`submitting`&&n===`review`&&this.onOrderRefused(r.submitError),this.lookup.watch(n,r)}onOrderRefused(e){let t=Xe(e);if(!t){e instanceof p&&this.announce(e.problem?.title??T(this.context.locale,`catalog.unreachable`)),this.pendingFocus=`failure`;return}this.serverErrors=t;let n=Ze(t.keys());for(let e=0;e<n;e++)this.flow?.send({type:`purchase.back`});this.announceErrors([...t]),this.pendingFocus=`error`}async placeOrder(e){let t=this.idempotency.keyFor(JSON.stringify(e));this.serverErrors=Z;try{return await this.context.client.placeOrder(e,t)}catch(e){let t=e instanceof p?e:new p(0,null);throw t.problem?.type?.includes(`idempotency-key-reused`)&&this.idempotency.forget(),t.status!==422&&u(this,t,T(this.context.locale,`review.failed`)),t}}render(){let e=this.flow;if(!e)return r;let{locale:t,client:n}=this.context,{catalog:i}=this,a=e.snapshot,o={locale:t,client:n,catalog:i,state:a.value,context:a.context,send:e=>this.send(e),serverErrors:this.serverErrors,lookup:()=>{let t=e.snapshot.context.customer.siret;t&&this.lookup.lookup(t)}};return g`${this.renderScreen(o)}
<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}renderScreen(e){switch(e.state){case`products`:return g`<certinomis-product-list
data-screen
exportparts="card, order-button"
.locale=${this.context.locale}
.products=${e.catalog.products}
@certinomis-product-select=${e=>this.selectProduct(e.detail.code)}
></certinomis-product-list>`;case`quantity`:return g`<certinomis-quantity-step
data-screen
exportparts="field, summary"
.flow=${e}
></certinomis-quantity-step>
${this.renderButtons([`cancel`,`back`,`next`])}`;case`confirmed`:return g`<certinomis-confirmation-step
data-screen
exportparts="summary"
.flow=${e}
></certinomis-confirmation-step>`;default:return this.renderForm(e)}}renderForm(e){let{locale:t,state:n}=e,i=Q.indexOf(n),a;switch(n){case`identification`:a=g`<certinomis-identification-step data-screen exportparts="field" .flow=${e}></certinomis-identification-step>`;break;case`options`:a=g`<certinomis-options-step data-screen exportparts="card, summary" .flow=${e}></certinomis-options-step>`;break;case`payment`:a=g`<certinomis-payment-step data-screen exportparts="field" .flow=${e}></certinomis-payment-step>`;break;default:a=g`<certinomis-review-step data-screen exportparts="summary" .flow=${e}></certinomis-review-step>`}let o=n===`review`||n===`submitting`;return g`
<p class="form-title">${T(t,`form.title`)}</p>
<p class="intro">${T(t,`form.intro`)}</p>
<certinomis-stepper
part="stepper"
label=${T(t,`form.steps`)}
done-label=${T(t,`form.done`)}
.labels=${Q.map(e=>T(t,`step.${e}`))}
current=${i===-1?Q.length:i}
></certinomis-stepper>
${this.serverErrors.size>0?g`<div class="error">
<strong>${T(t,`review.fix`)}</strong>
<ul>
${[...this.serverErrors].map(([e,n])=>g`<li>${D(t,e)} : ${n}</li>`)}
</ul>
</div>`:r}
${a}
${this.renderButtons([`cancel`,`reset`,`back`,o?`order`:`next`],n===`submitting`,[`cancel`,`reset`])}
`}renderButtons(e,t=!1,n=[]){return g`<certinomis-button-bar
part="buttons"
exportparts="order-button"
locale=${this.context.locale}
.actions=${e}
.confirm=${n}
?busy=${t}
@certinomis-action=${e=>this.onAction(e.detail.action)}
></certinomis-button-bar>`}onAction(e){let t=this.flow;if(!t)return;let n=t.snapshot.value,r={cancel:`purchase.cancel`,reset:`purchase.reset`,back:`purchase.back`,next:`purchase.next`,order:`purchase.submit`}[e];this.send({type:r});let i=t.snapshot;if((e===`reset`||e===`cancel`)&&(this.pendingFocus=`heading`),(e===`next`||e===`order`)&&i.value===n){let e=i.context.issues;e.length>0&&(this.announceErrors(e.map(e=>[e.field,b(this.context.locale,e.key,e.params)])),this.pendingFocus=`error`)}}announceErrors(e){let[t]=e;if(!t)return;let{locale:n}=this.context;this.announce(T(n,he(n,e.length,`form.errors`),{n:e.length,first:`${D(n,t[0])} : ${t[1]}`}))}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){let e=this.pendingFocus;this.pendingFocus=null;let t=this.renderRoot.querySelector(`[data-screen]`);e&&t&&await Ee(t,e)}};f([o({attribute:!1})],$.prototype,`context`,void 0),f([o({attribute:!1})],$.prototype,`catalog`,void 0),f([o({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),f([o()],$.prototype,`product`,void 0),f([o({attribute:!1})],$.prototype,`chosen`,void 0),f([o({attribute:!1})],$.prototype,`renewal`,void 0),f([a()],$.prototype,`serverErrors`,void 0),f([a()],$.prototype,`announcement`,void 0),$=f([t(`certinomis-purchase`)],$);export{$ as CertinomisPurchase};
//# sourceMappingURL=certinomis-purchase-DwgE-oLT.js.map