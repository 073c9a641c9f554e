import{A as e,B as t,F as n,I as r,L as i,M as a,N as o,P as s,R as c,_ as l,c as u,g as d,h as f,j as p,m as ee,o as te,p as m,r as ne,s as h,z as re}from"./certinomis-order.js";import{D as g,E as _,L as v,a as y,i as b,n as x,o as S,r as ie,s as ae,t as oe,u as se}from"./machine-controller-8PL1Vd9J.js";import{_ as C,a as w,c as ce,d as T,g as le,h as ue,i as E,l as D,m as de,n as fe,o as O,p as pe,r as me,s as k,t as he,u as A,v as ge,y as j}from"./purchase-shared-CS6acMIl.js";function _e(e){return{product:e.product,renewalOf:e.renewalOf,customer:{...e.customer,emailConfirmation:e.customer.email}}}function M(e,t){return _((e??``).trim())===_((t??``).trim())}function ve(e){return typeof e==`string`&&se.includes(e)}function N(e,t,n,r,i){for(let a of t){if(!Object.hasOwn(n,a))continue;let t=n[a];if(t==null)delete e[a];else if(typeof t==`string`)e[a]=t;else{i.refused.push({field:`${r}.${a}`,key:`validation.type`});continue}i.touched.push(`${r}.${a}`)}}function P(e,t,n){let r=/* @__PURE__ */ new Set([...t.touched,...t.refused.map(e=>e.field)]);return[...e.issues.filter(e=>!r.has(e.field)&&(n===void 0||!e.field.startsWith(n))),...t.refused]}function ye(e,t,n){let r={touched:[],refused:[]};switch(t){case`customer`:{let t={...e.customer};if(N(t,de,n,`customer`,r),M(e.customer.siret,t.siret))return{customer:t,issues:P(e,r)};let i={...e.payment};return(!i.siret?.trim()||M(i.siret,e.customer.siret))&&(t.siret===void 0?delete i.siret:i.siret=t.siret),{customer:t,payment:i,organisation:null,organisationStatus:`idle`,issues:P(e,r)}}case`billing`:{let t={...e.billing};return N(t,pe,n,`billing`,r),{billing:t,issues:P(e,r)}}case`options`:{let t={...e.options};for(let i of ue){if(!Object.hasOwn(n,i))continue;let a=n[i],o=`options.${i}`;typeof a==`boolean`?i===`usbReader`&&!a&&j(e)?r.refused.push({field:o,key:`validation.usb_reader_required`}):(t[i]=a,r.touched.push(o)):r.refused.push({field:o,key:`validation.type`})}return{options:t,issues:P(e,r)}}case`payment`:{let t={...e.payment},i=!1;if(Object.hasOwn(n,`method`)){let a=n.method;a==null?(delete t.method,r.touched.push(`payment.method`),i=e.payment.method!==void 0):ve(a)?a===`mandate`&&e.organisation?.publicAdministration!==!0?r.refused.push({field:`payment.method`,key:`validation.mandate_public_only`}):(t.method=a,r.touched.push(`payment.method`),i=e.payment.method!==a):r.refused.push({field:`payment.method`,key:`validation.payment_method`})}return N(t,le,n,`payment`,r),{payment:t,issues:P(e,r,i?`payment.`:void 0)}}default:return{}}}function be(e,t,n){let r=j({organisation:t,renewalOf:e.renewalOf})?{...e.options,usbReader:!0}:e.options,i={...e.payment};return i.method===`mandate`&&t?.publicAdministration!==!0&&delete i.method,{organisation:t,organisationStatus:n,options:r,payment:i,issues:e.issues.filter(e=>e.field!==`customer.siret`&&e.field!==`options.usbReader`)}}function xe(e){return{product:e.product,quantity:e.quantity,options:{...e.options},customer:{...e.customer},billing:e.billingDifferent?{...e.billing}:null,payment:ge(e.payment),cgvAccepted:e.cgvAccepted,cgvVersion:e.cgvVersion,...e.renewalOf?{renewalOf:e.renewalOf}:{}}}function Se(e){if(typeof e.product!=`string`)return null;let t=e.product.trim();return D(t,e.productCodes??null).length===0?t:null}function Ce(){return{product:null,quantity:1,...C()}}var we=ie({types:{context:{},events:{},input:{}},actors:{submitOrder:y(async()=>{throw Error(`submitOrder not provided`)})},guards:{hasProduct:({context:e})=>e.product!==null,productSelectable:({context:e,event:t})=>t.type===`purchase.selectProduct`&&D(t.product,e.productCodes).length===0,quantityInRange:({event:e})=>e.type===`purchase.setQuantity`&&A(e.quantity).length===0,stepComplete:({context:e},t)=>T(t.step,e).length===0,orderComplete:({context:e})=>k(e).length===0,currentSiret:({context:e,event:t})=>(t.type===`purchase.lookupStarted`||t.type===`purchase.organisationResolved`)&&M(t.siret,e.customer.siret),hasSubmitError:({context:e})=>e.submitError!==null},actions:{selectProduct:b(({event:e})=>(x(e,`purchase.selectProduct`),{product:e.product.trim(),issues:[]})),refuseProduct:b(({context:e,event:t})=>(x(t,`purchase.selectProduct`),{issues:D(t.product,e.productCodes)})),setQuantity:b(({event:e})=>(x(e,`purchase.setQuantity`),{quantity:e.quantity,issues:[]})),refuseQuantity:b(({event:e})=>(x(e,`purchase.setQuantity`),{issues:A(e.quantity)})),update:b(({context:e,event:t})=>(x(t,`purchase.update`),ye(e,t.section,t.values))),setBillingDifferent:b(({context:e,event:t})=>(x(t,`purchase.setBillingDifferent`),{billingDifferent:t.value===!0,issues:e.issues.filter(e=>!e.field.startsWith(`billing.`))})),startLookup:b({organisation:null,organisationStatus:`pending`}),resolveOrganisation:b(({context:e,event:t})=>(x(t,`purchase.organisationResolved`),be(e,t.organisation,t.status))),acceptCgv:b(({context:e,event:t})=>(x(t,`purchase.acceptCgv`),{cgvAccepted:!0,cgvVersion:t.version.trim(),issues:e.issues.filter(e=>e.field!==`cgvAccepted`)})),clearIssues:b({issues:[]}),storeStepIssues:b(({context:e},t)=>({issues:T(t.step,e)})),storeAllIssues:b(({context:e})=>({issues:k(e)})),resetForm:b(()=>C()),clearAll:b(()=>Ce()),storeOrder:b(({event:e})=>(x(e,`purchase.submitted`),{order:e.order})),storeSubmitError:b(({event:e})=>(x(e,`purchase.submitFailed`),{submitError:e.error})),clearSubmitError:b({submitError:null})}}).createMachine({id:`purchase`,context:({input:e})=>({product:Se(e),quantity:1,...C(),...e.customer?{customer:{...e.customer}}:{},productCodes:e.productCodes?[...e.productCodes]:null,renewalOf:e.renewalOf??null}),initial:`start`,states:{start:{always:[{guard:`hasProduct`,target:`quantity`},{target:`products`}]},products:{on:{"purchase.selectProduct":[{guard:`productSelectable`,target:`quantity`,actions:`selectProduct`},{actions:`refuseProduct`}]}},quantity:{on:{"purchase.selectProduct":[{guard:`productSelectable`,actions:`selectProduct`},{actions:`refuseProduct`}],"purchase.setQuantity":[{guard:`quantityInRange`,actions:`setQuantity`},{actions:`refuseQuantity`}],"purchase.next":[{guard:S([{type:`stepComplete`,params:{step:`products`}},{type:`stepComplete`,params:{step:`quantity`}}]),target:`identification`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`quantity`}}}],"purchase.back":{target:`products`,actions:`clearIssues`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},identification:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`identification`}},target:`options`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`identification`}}}],"purchase.back":{target:`quantity`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},options:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`options`}},target:`payment`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`options`}}}],"purchase.back":{target:`identification`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},payment:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`payment`}},target:`review`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`payment`}}}],"purchase.back":{target:`options`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},review:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.acceptCgv":{actions:`acceptCgv`},"purchase.submit":[{guard:`orderComplete`,target:`submitting`,actions:`clearIssues`},{actions:`storeAllIssues`}],"purchase.retry":[{guard:S([`hasSubmitError`,`orderComplete`]),target:`submitting`,actions:`clearIssues`},{guard:`hasSubmitError`,actions:`storeAllIssues`}],"purchase.back":{target:`payment`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},submitting:{entry:`clearSubmitError`,invoke:{src:`submitOrder`,input:({context:e})=>xe(e),onDone:{target:`confirmed`,actions:b({order:({event:e})=>e.output})},onError:{target:`review`,actions:b({submitError:({event:e})=>e.error})}},on:{"purchase.submitted":{target:`confirmed`,actions:`storeOrder`},"purchase.submitFailed":{target:`review`,actions:`storeSubmitError`}}},confirmed:{on:{"purchase.reset":{target:`products`,actions:`clearAll`},"purchase.cancel":{target:`products`,actions:`clearAll`}}}}}),F=class extends n{constructor(...e){super(...e),this.labels=[],this.current=0,this.label=``,this.doneLabel=``}static{this.styles=[d,he]}render(){return c`<ol aria-label=${this.label||r}>
${this.labels.map((e,t)=>{let n=t<this.current?`done`:t===this.current?`current`:``;return c`<li class=${n} part="step" aria-current=${n===`current`?`step`:r}>
<span class="n" part="number">${t+1}</span> ${e}${n===`done`?c`<span class="visually-hidden"> (${this.doneLabel})</span>`:r}
</li>`})}
</ol>`}};f([o({attribute:!1})],F.prototype,`labels`,void 0),f([o({type:Number})],F.prototype,`current`,void 0),f([o()],F.prototype,`label`,void 0),f([o({attribute:`done-label`})],F.prototype,`doneLabel`,void 0),F=f([s(`certinomis-stepper`)],F);async function Te(e){await e.updateComplete,e.renderRoot.querySelector(`h2`)?.focus()}async function Ee(e,t){await e.updateComplete;let n=e.renderRoot.querySelector(t);return n?.focus(),n!==null}var I=class extends n{constructor(...e){super(...e),this.touched=/* @__PURE__ */ new Set,this.step=null,this.live=null}static{this.styles=[d,me]}liveIssues(){let{context:e}=this.flow;return this.step===null?[]:(this.live?.context!==e&&(this.live={context:e,issues:T(this.step,e)}),this.live.issues)}issueOf(e,t=this.touched.has(e)){return this.flow.context.issues.find(t=>t.field===e)??(t?this.liveIssues().find(t=>t.field===e):void 0)}errorOf(e,t){let n=this.flow.serverErrors.get(e);if(n)return n;let r=this.issueOf(e,t);return r?v(this.flow.locale,r.key,r.params):null}touch(e){this.touched.has(e)||(this.touched=new Set(this.touched).add(e))}set(e,t){this.flow.send({type:`purchase.update`,section:e,values:t})}field(e,t,n={}){let r=`${e}.${t}`,i=this.flow.context[e][t];return fe({...n,name:r,label:E(this.flow.locale,r),value:typeof i==`string`&&i!==``?i:n.fallback??``,error:n.error===void 0?this.errorOf(r):n.error,onInput:n=>this.set(e,{[t]:n}),onChange:()=>this.touch(r)})}focusHeading(){return Te(this)}focusFirstError(){return Ee(this,`certinomis-field[error], [aria-invalid="true"]`)}async focusFailure(){return!1}};f([o({attribute:!1})],I.prototype,`flow`,void 0),f([a()],I.prototype,`touched`,void 0);async function De(e,t){await e.updateComplete,e instanceof I&&(t===`error`&&await e.focusFirstError()||t===`failure`&&await e.focusFailure())||await e.focusHeading()}function Oe(e){return e.replace(/\s/g,``).toUpperCase()}function ke(e){return Oe(e).replace(/(.{4})(?=.)/g,`$1 `)}function L(e,t,n,i={}){let a=t=>l(t,e);return c`<section class="summary" part="summary" aria-busy=${i.loading?`true`:`false`}>
<h3>${w(e,`summary.title`)}</h3>
${t?c`<table>
<thead>
<tr>
<th scope="col">${w(e,`summary.product`)}</th>
<th scope="col" class="num">${w(e,`summary.quantity`)}</th>
<th scope="col" class="num">${w(e,`summary.lineHt`)}</th>
</tr>
</thead>
<tbody>
${t.lines.map((t,n)=>c`<tr>
<th scope="row">
${t.label}${n===0?c` <span class="code">${t.code}</span>`:r}
</th>
<td class="num">${t.quantity}</td>
<td class="num">${a(t.totalHt)} ${w(e,`product.ht`)}</td>
</tr>`)}
</tbody>
</table>
<dl class="totals">
<div><dt>${w(e,`summary.ht`)}</dt><dd>${a(t.totals.ht)}</dd></div>
<div>
<dt>${w(e,`summary.vat`,{rate:n})}</dt>
<dd>${a(t.totals.vat)}</dd>
</div>
<div class="ttc"><dt>${w(e,`summary.ttc`)}</dt><dd>${a(t.totals.ttc)}</dd></div>
</dl>`:r}
<p class="status" role="status">
${i.loading?w(e,`summary.loading`):i.failed?w(e,`summary.failed`):r}
</p>
</section>`}function R(e,t,n){let{rib:i}=t;return c`<div class="payee">
<p class="payee-heading" role="heading" aria-level=${n}>
${w(e,`payment.holder`)}
</p>
<p>
<strong>${t.holder}</strong><br />
${t.address}, ${t.postalCode} ${t.city}
</p>
${i?c`<div class="scroll">
<table>
<caption>${w(e,`payment.rib`)}</caption>
<tbody>
<tr><th scope="row">${w(e,`payment.bankCode`)}</th><td class="mono">${i.bank}</td></tr>
<tr><th scope="row">${w(e,`payment.branchCode`)}</th><td class="mono">${i.branch}</td></tr>
<tr><th scope="row">${w(e,`payment.account`)}</th><td class="mono">${i.account}</td></tr>
<tr><th scope="row">${w(e,`payment.ribKey`)}</th><td class="mono">${i.key}</td></tr>
</tbody>
</table>
</div>`:r}
<dl>
<dt>${w(e,`payment.iban`)}</dt>
<dd class="mono">${ke(t.iban)}</dd>
<dt>${w(e,`payment.bic`)}</dt>
<dd class="mono">${t.bic}</dd>
<dt>${w(e,`payment.domiciliation`)}</dt>
<dd>${t.bankName}<br />${t.bankBranch}</dd>
</dl>
</div>`}function z(e){return typeof e==`object`&&e&&`reference`in e?e:null}var B=class extends I{render(){let{locale:e,context:t,catalog:n}=this.flow,i=z(t.order);return i?c`
<h2 tabindex="-1">${w(e,`confirm.title`)}</h2>
<p>${w(e,`confirm.reference`)} : <strong class="mono">${i.reference}</strong></p>
${L(e,i,n.vatRate)}
<p>${w(e,`confirm.email`,{email:t.customer.email??``})}</p>
<p>${w(e,`confirm.next`)}</p>
<p><a class="link" href=${i.clientSpaceUrl}>${w(e,`confirm.space`)}</a></p>
<section class="card">
<h3>${w(e,`confirm.payTitle`)}</h3>
${this.renderPayment(i.payment.instructions)}
</section>
<button
type="button"
class="secondary"
@click=${()=>this.flow.send({type:`purchase.reset`})}
>
${w(e,`button.newOrder`)}
</button>
`:r}renderPayment(e){let{locale:t}=this.flow;switch(e.method){case`transfer`:return c`<p>
${w(t,`confirm.transfer`,{amount:l(e.amount,t)})}
</p>
${R(t,e.payee,4)}
<p>${w(t,`confirm.label`)} : <strong class="mono">${e.label}</strong></p>`;case`cheque`:return c`<p>
${w(t,`confirm.cheque`,{amount:l(e.amount,t),payee:e.payableTo,address:e.mailTo})}
</p>`;case`mandate`:return c`<p>
${w(t,`confirm.mandate`,{siret:e.siret,serviceCode:e.serviceCode,chorus:e.chorusOrderNumber,days:e.paymentTermDays})}
</p>`}}};B=f([s(`certinomis-confirmation-step`)],B);var Ae=[`FR`,`BE`,`LU`,`CH`,`MC`,`DE`,`ES`,`IT`,`NL`,`PT`,`GB`,`IE`,`AT`];function je(e){let t=new Intl.DisplayNames([e],{type:`region`}),[n=`FR`,...r]=Ae,i=e=>({value:e,label:t.of(e)??e});return[i(n),...r.map(i).sort((t,n)=>t.label.localeCompare(n.label,e))]}var V=class extends I{constructor(...e){super(...e),this.step=`identification`,this.countries=null}countryList(){let{locale:e}=this.flow;return this.countries?.locale!==e&&(this.countries={locale:e,options:je(e)}),this.countries.options}render(){let{locale:e,context:t}=this.flow,n=this.countryList(),i=e=>this.field(e,`country`,{type:`select`,options:n,autocomplete:e===`billing`?`billing country`:`country`,fallback:`FR`});return c`
<h2 tabindex="-1">${w(e,`step.identification`)}</h2>
<p class="intro">${w(e,`identification.intro`)}</p>
<p class="help">${w(e,`form.required`)}</p>
<div class="grid">
${this.field(`customer`,`civility`,{type:`select`,autocomplete:`honorific-prefix`,options:[{value:``,label:w(e,`identification.choose`)},{value:`MME`,label:w(e,`identification.mme`)},{value:`MR`,label:w(e,`identification.mr`)}]})}
<span class="spacer"></span>
${this.field(`customer`,`firstName`,{autocomplete:`given-name`})}
${this.field(`customer`,`lastName`,{autocomplete:`family-name`})}
${this.field(`customer`,`email`,{type:`email`,autocomplete:`email`,help:w(e,`identification.emailHelp`)})}
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
${w(e,`identification.billingDifferent`)}
</label>
${t.billingDifferent?c`<fieldset>
<legend>${w(e,`identification.billing`)}</legend>
<div class="grid">
${this.field(`billing`,`companyName`,{autocomplete:`billing organization`})}
${this.field(`billing`,`address`,{autocomplete:`billing street-address`})}
${this.field(`billing`,`postalCode`,{autocomplete:`billing postal-code`,inputmode:`numeric`})}
${this.field(`billing`,`city`,{autocomplete:`billing address-level2`})}
${i(`billing`)}
${this.field(`billing`,`email`,{type:`email`,required:!1,autocomplete:`billing email`})}
</div>
</fieldset>`:r}
`}siretField(){let{locale:e,context:t}=this.flow,n=t.customer.siret??``,i=g(n),a=i===null||i===`checksum`,o=t.organisationStatus,s=``;o===`pending`?s=v(e,`validation.siret_pending`):o===`found`&&t.organisation&&(s=w(e,`identification.siretFound`,{name:t.organisation.name}));let l=this.issueOf(`customer.siret`,a||this.touched.has(`customer.siret`)),u=l&&l.key!==`validation.siret_pending`&&l.key!==`validation.siret_unverified`?v(e,l.key,l.params):null;return c`<div class="siret">
${this.field(`customer`,`siret`,{inputmode:`numeric`,help:s,error:this.flow.serverErrors.get(`customer.siret`)??u})}
${o===`error`?c`<button type="button" class="secondary" @click=${()=>this.flow.lookup()}>
${w(e,`identification.siretCheck`)}
</button>`:r}
</div>`}};V=f([s(`certinomis-identification-step`)],V);function Me(){return typeof crypto.randomUUID==`function`?crypto.randomUUID():[...crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(16))].map(e=>e.toString(16).padStart(2,`0`)).join(``)}var Ne=class{constructor(e=null){this.record=e}keyFor(e){return this.record?.request!==e&&(this.record={key:Me(),request:e}),this.record.key}forget(){this.record=null}},H={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Pe=e=>(...t)=>({_$litDirective$:e,values:t}),Fe=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}},{I:Ie}=re,Le=e=>e.strings===void 0,Re={},ze=(e,t=Re)=>e._$AH=t,U=Pe(class extends Fe{constructor(e){if(super(e),e.type!==H.PROPERTY&&e.type!==H.ATTRIBUTE&&e.type!==H.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!Le(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[t]){if(t===i||t===r)return t;let n=e.element,a=e.name;if(e.type===H.PROPERTY){if(t===n[a])return i}else if(e.type===H.BOOLEAN_ATTRIBUTE){if(!!t===n.hasAttribute(a))return i}else if(e.type===H.ATTRIBUTE&&n.getAttribute(a)===t+``)return i;return ze(e),t}}),W=class{constructor(e,t=250){this.host=e,this.delay=t,this.value=null,this.loading=!1,this.failed=!1,this.key=``,this.abort=null,e.addController(this)}requestFor({context:e,client:t,locale:n},r=!0){if(!e.product)return;let i=r?e.options:{usbReader:!1,express:!1};this.request(t,{product:e.product,quantity:e.quantity,options:i},n)}request(e,t,n){let r=`${n}${JSON.stringify(t)}`;r!==this.key&&(this.key=r,this.cancel(),this.loading=!0,this.timer=setTimeout(()=>void this.fetch(e,t),this.value?this.delay:0))}async fetch(e,t){let n=new AbortController;this.abort=n;try{let r=await e.getQuote(t,n.signal);if(n.signal.aborted)return;this.value=r,this.failed=!1}catch{if(n.signal.aborted)return;this.failed=!0}this.loading=!1,this.host.requestUpdate()}cancel(){clearTimeout(this.timer),this.abort?.abort()}hostConnected(){}hostDisconnected(){this.cancel(),this.key=``}},Be={usb_reader:`usbReader`,express:`express`},G=class extends I{constructor(...e){super(...e),this.step=`options`,this.quote=new W(this)}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow)}render(){let{locale:e,catalog:t}=this.flow;return c`
<h2 tabindex="-1">${w(e,`step.options`)}</h2>
<p class="intro">${w(e,`options.intro`)}</p>
${t.options.map(e=>this.renderOption(e))}
${L(e,this.quote.value,t.vatRate,this.quote)}
`}renderOption(e){let{locale:t,context:n}=this.flow,i=Be[e.code];if(!i)return r;let a=`options.${i}`,o=i===`usbReader`&&j(n),s=this.errorOf(a,!0),u=[`d-${i}`,o?`l-${i}`:``,s?`e-${i}`:``].filter(Boolean).join(` `);return c`<div class="card" part="card">
<label class="choice">
<input
type="checkbox"
name=${a}
.checked=${U(n.options[i])}
?disabled=${o}
aria-describedby=${u}
aria-invalid=${s?`true`:`false`}
@change=${e=>this.set(`options`,{[i]:e.target.checked})}
/>
<span>
<strong>${e.label}</strong>
${e.rule?c`(${w(t,`options.usbMandatory`)})`:r}
</span>
</label>
<p class="price">
${w(t,`summary.perCertif`,{price:l(e.priceHt,t)})}
</p>
<p class="help" id=${`d-${i}`}>${e.description}</p>
${o?c`<p class="ok" id=${`l-${i}`}><span aria-hidden="true">🔒</span> ${w(t,`options.usbLocked`)}</p>`:r}
${s?c`<p class="error" id=${`e-${i}`}>${s}</p>`:r}
</div>`}};G=f([s(`certinomis-options-step`)],G);var K=class extends I{constructor(...e){super(...e),this.step=`payment`,this.tipOff=!1}render(){let{locale:e,context:t}=this.flow,n=t.payment.method,i=t.organisation?.publicAdministration===!0,a=this.errorOf(`payment.method`,!1),o=i?[`mandate`,`transfer`,`cheque`]:[`transfer`,`cheque`];return c`
<h2 tabindex="-1">${w(e,`step.payment`)}</h2>
<p class="intro">${w(e,`payment.intro`)}</p>
<fieldset aria-describedby=${a?`e-method`:r}>
<legend>${E(e,`payment.method`)} <span class="error" aria-hidden="true">*</span></legend>
${o.map(t=>c`<label class="choice">
<input
type="radio"
name="payment.method"
value=${t}
.checked=${U(n===t)}
aria-invalid=${a?`true`:`false`}
@change=${()=>this.set(`payment`,{method:t})}
/>
${w(e,`payment.${t}`)}
</label>`)}
${i?r:c`<span class="why ${this.tipOff?`off`:``}" @mouseenter=${this.showTip}>
<button
type="button"
class="info"
aria-label=${w(e,`payment.mandateWhy`)}
aria-describedby="tip"
@focus=${this.showTip}
@keydown=${e=>{e.key===`Escape`&&(this.tipOff=!0)}}
>
?
</button>
<span role="tooltip" id="tip">${w(e,`payment.mandateReason`)}</span>
<span class="help" aria-hidden="true">${w(e,`payment.mandateWhy`)}</span>
</span>`}
${a?c`<p class="error" id="e-method">${a}</p>`:r}
</fieldset>
${n?this.renderMethod(n):r}
`}showTip(){this.tipOff=!1}renderMethod(e){let{locale:t,catalog:n}=this.flow;switch(e){case`mandate`:return c`<p>${w(t,`payment.mandateIntro`)}</p>
<div class="grid">
${this.field(`payment`,`siret`,{inputmode:`numeric`,help:w(t,`payment.siretHelp`)})}
${this.field(`payment`,`serviceCode`,{help:w(t,`payment.serviceCodeHelp`)})}
${this.field(`payment`,`chorusOrderNumber`,{help:w(t,`payment.chorusHelp`)})}
</div>`;case`transfer`:return c`<p>${w(t,`payment.transferIntro`)}</p>
<p class="help">${w(t,`payment.holderHelp`)}</p>
${R(t,n.payee,3)}
${this.field(`payment`,`transferReference`,{help:w(t,`payment.referenceHelp`)})}`;case`cheque`:return c`<p>${w(t,`payment.chequeIntro`)}</p>
<div class="grid">
${this.field(`payment`,`chequeNumber`,{inputmode:`numeric`,help:w(t,`payment.chequeNumberHelp`)})}
${this.field(`payment`,`bank`,{help:w(t,`payment.bankHelp`)})}
</div>`}}};f([a()],K.prototype,`tipOff`,void 0),K=f([s(`certinomis-payment-step`)],K);function Ve(e,t){try{t?m()?.setItem(e,JSON.stringify(t)):m()?.removeItem(e)}catch{}}var q=e=>typeof e==`object`&&!!e&&!Array.isArray(e);function He(e){try{let t=JSON.parse(m()?.getItem(e)??`null`);if(!q(t)||t.v!==1||!ce(t.state))return null;let n=t.context;return!q(n)||!q(n.customer)||!q(n.billing)||!q(n.options)||!q(n.payment)||!Array.isArray(n.issues)||typeof n.quantity!=`number`?null:t}catch{return null}}function Ue(e,t,n){if(e===`confirmed`)return null;let{order:r,submitError:i,...a}=t;return{v:1,state:e===`submitting`?`review`:e,context:a,idempotency:n}}function We(e,t){return{...e.context,organisationStatus:e.context.organisationStatus===`pending`?`idle`:e.context.organisationStatus,productCodes:t,renewalOf:e.context.renewalOf??null,order:null,submitError:null}}var Ge=t`
${te}

.form-title{
font-size:1.15rem;
font-weight:700;
}

.intro{
color:var(--_muted);
}
`,J=class extends I{constructor(...e){super(...e),this.quote=new W(this)}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow,!1)}render(){let{locale:e,context:t,catalog:n}=this.flow;return c`
<h2 tabindex="-1">${w(e,`order.title`)}</h2>
<p class="intro">${w(e,`quantity.intro`)}</p>
<certinomis-field
part="field"
name="quantity"
type="number"
inputmode="numeric"
min="1"
max="50"
required
label=${w(e,`field.quantity`)}
help=${w(e,`quantity.help`)}
.value=${String(t.quantity)}
error=${this.errorOf(`quantity`)??r}
@input=${this.onInput}
></certinomis-field>
<p class="note">${w(e,`quantity.note`)}</p>
${L(e,this.quote.value,n.vatRate,this.quote)}
`}onInput(e){let t=e.target.value.trim();this.flow.send({type:`purchase.setQuantity`,quantity:t===``?NaN:Number(t)})}};J=f([s(`certinomis-quantity-step`)],J);var Ke=t`
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
`,qe=/^(H[1-6]|P|UL|OL|LI|STRONG|EM|B|I|BR|A|SECTION|TABLE|THEAD|TBODY|TR|TH|TD|SPAN|DIV|BLOCKQUOTE|SMALL|SUP|SUB)$/;function Je(e){let t=document.createElement(`template`);t.innerHTML=e;let n=t.content;for(let e of[...n.querySelectorAll(`*`)])if(!qe.test(e.tagName))/^(SCRIPT|STYLE|IFRAME|OBJECT|EMBED|TEMPLATE|LINK|META)$/.test(e.tagName)?e.remove():e.replaceWith(...e.childNodes);else{for(let t of[...e.attributes])e.tagName===`A`&&t.name===`href`&&/^https?:/i.test(t.value)||e.removeAttribute(t.name);e.tagName===`A`&&e.setAttribute(`rel`,`noopener`)}return document.importNode(n,!0)}var Y=class extends I{constructor(...e){super(...e),this.step=`review`,this.quote=new W(this,0),this.cgv=null,this.cgvFailed=!1,this.read=!1,this.content=null,this.cgvClient=null,this.observer=null}static{this.styles=[...I.styles,Ke]}connectedCallback(){super.connectedCallback(),this.cgv||this.loadCgv()}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null}async loadCgv(){this.cgvFailed=!1;let e=this.flow.client;this.cgvClient=e;try{let t=await e.getCgv();if(e!==this.flow.client)return;this.content=Je(t.html),this.cgv=t}catch{this.cgvFailed=!0}}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow),this.cgvClient&&this.cgvClient!==this.flow.client&&(this.observer?.disconnect(),this.observer=null,this.cgv=null,this.content=null,this.read=!1,this.loadCgv())}updated(){this.sentinel&&this.body&&!this.observer&&(this.observer=new IntersectionObserver(e=>{e.some(e=>e.isIntersecting)&&(this.read=!0)},{root:this.body}),this.observer.observe(this.sentinel))}openCgv(){this.dialog.showModal(),this.cgv||this.loadCgv()}paymentDetails(){let{locale:e,context:t}=this.flow,{payment:n}=t,i=e=>e??``;switch(n.method){case`mandate`:return c`<br />${w(e,`review.payment.mandate`,{siret:i(n.siret),serviceCode:i(n.serviceCode),chorus:i(n.chorusOrderNumber)})}`;case`transfer`:return c`<br />${w(e,`review.payment.transfer`,{reference:i(n.transferReference)})}`;case`cheque`:return c`<br />${w(e,`review.payment.cheque`,{number:i(n.chequeNumber),bank:i(n.bank)})}`;default:return r}}render(){let{locale:e,context:t,catalog:n,state:i}=this.flow,{customer:a,payment:o}=t,s=this.errorOf(`cgvAccepted`)??this.errorOf(`cgvVersion`);return c`
<h2 tabindex="-1">${w(e,`step.review`)}</h2>
<p class="intro">${w(e,`review.intro`)}</p>
${L(e,this.quote.value,n.vatRate,this.quote)}
<dl class="facts">
<dt>${w(e,`review.buyer`)}</dt>
<dd>
<span class="fact">${a.firstName} ${a.lastName}</span>
<span class="fact">${a.email}</span>
<span class="fact">${a.companyName}</span>
<span class="fact">SIRET ${a.siret}</span>
</dd>
<dt>${w(e,`review.method`)}</dt>
<dd>
${o.method?w(e,`payment.${o.method}`):``}
${this.paymentDetails()}
</dd>
</dl>
<section class="card" aria-labelledby="cgv-h">
<h3 id="cgv-h">${w(e,`review.cgv`)}</h3>
${t.cgvAccepted?c`<p class="ok">
<span aria-hidden="true">✓</span>
${w(e,`review.cgvAccepted`,{version:t.cgvVersion??``})}
</p>`:c`<p class="help">${w(e,`review.cgvHint`)}</p>`}
<button
type="button"
class="secondary"
aria-haspopup="dialog"
aria-describedby=${s?`e-cgv`:r}
aria-invalid=${s?`true`:`false`}
@click=${this.openCgv}
>
${w(e,`review.readCgv`)}
</button>
${s?c`<p class="error" id="e-cgv">${s}</p>`:r}
</section>
${i===`review`?this.renderFailure():r}
${this.renderDialog()}
`}async focusFailure(){await this.updateComplete;let e=this.renderRoot.querySelector(`[data-retry]`);return e?.focus(),e!==null}renderFailure(){let{locale:t,context:n}=this.flow,i=n.submitError;if(!(i instanceof e)||i.status===422&&i.problem?.errors?.length)return r;let a=i.isNetwork?w(t,`review.networkError`):i.status===409?w(t,`review.inFlight`):`${w(t,`review.failed`)} ${i.problem?.detail??``}`;return c`<div class="alert" role="alert">
<p>${a}</p>
<button type="button" class="primary" data-retry @click=${()=>this.flow.send({type:`purchase.retry`})}>
${w(t,`button.retry`)}
</button>
</div>`}renderDialog(){let{locale:e}=this.flow;return c`<dialog part="dialog" aria-labelledby="dlg-h">
<h2 id="dlg-h">${this.cgv?.title??w(e,`review.cgv`)}</h2>
<div class="cgv-body" tabindex="0" role="region" aria-labelledby="dlg-h">
${this.cgv?c`${this.content}<div class="sentinel"></div>`:this.cgvFailed?c`<p class="error">${w(e,`summary.failed`)}</p>
<button type="button" class="secondary" @click=${this.loadCgv}>
${w(e,`button.retry`)}
</button>`:c`<p role="status">${w(e,`review.cgvLoading`)}</p>`}
</div>
<p class="help" id="scroll-hint">${this.read?``:w(e,`review.cgvScroll`)}</p>
<div class="dialog-buttons">
<button type="button" class="secondary" @click=${()=>this.dialog.close()}>
${w(e,`button.close`)}
</button>
<button
type="button"
class="primary accept"
?disabled=${!this.read||!this.cgv}
aria-describedby="scroll-hint"
@click=${this.accept}
>
${w(e,`review.accept`)}
</button>
</div>
</dialog>`}accept(){this.cgv&&(this.flow.send({type:`purchase.acceptCgv`,version:this.cgv.version}),this.dialog.close())}};f([a()],Y.prototype,`cgv`,void 0),f([a()],Y.prototype,`cgvFailed`,void 0),f([a()],Y.prototype,`read`,void 0),f([p(`dialog`)],Y.prototype,`dialog`,void 0),f([p(`.sentinel`)],Y.prototype,`sentinel`,void 0),f([p(`.cgv-body`)],Y.prototype,`body`,void 0),Y=f([s(`certinomis-review-step`)],Y);function Ye(e){let t=e.split(`.`)[0];return t===`customer`||t===`billing`?`identification`:t===`options`||t===`payment`||t===`quantity`?t:t===`product`?`products`:`review`}function Xe(e){let t=O.length-1;for(let n of e)t=Math.min(t,O.indexOf(Ye(n)));return O[t]??`review`}var X=/* @__PURE__ */ new Map;function Ze(t){let n=t instanceof e&&t.status===422?t.problem?.errors:null;return n?.length?new Map(n.map(e=>[e.field,e.message])):null}function Qe(e){let t=Xe(e);return O.indexOf(`review`)-O.indexOf(t===`products`?`quantity`:t)}function $e(e){switch(e.type){case`purchase.update`:return`method`in e.values?[`payment.`]:Object.keys(e.values).map(t=>`${e.section}.${t}`);case`purchase.setBillingDifferent`:return[`billing.`];case`purchase.acceptCgv`:return[`cgv`];case`purchase.setQuantity`:return[`quantity`];case`purchase.cancel`:case`purchase.reset`:return[``];default:return[]}}function et(e,t){if(e.size===0)return e;let n=$e(t),r=[...e].filter(([e])=>!n.some(t=>e.startsWith(t)));return r.length===e.size?e:new Map(r)}function tt(e){return e===null?`unknown`:e.active?`found`:`closed`}var nt=[`identification`,`options`,`payment`,`review`,`submitting`],Z=[[`companyName`,`name`],[`address`,`address`],[`postalCode`,`postalCode`],[`city`,`city`]],rt=class{constructor(e){this.host=e,this.abort=null,this.scheduled=null,this.filled={}}watch(e,t){let n=t.customer.siret??``;t.organisationStatus===`idle`&&nt.includes(e)&&g(n)===null&&this.scheduled!==n&&(this.scheduled=n,queueMicrotask(()=>{this.scheduled=null,this.lookup(n)}))}async lookup(t){let{host:n}=this;this.abort?.abort();let r=new AbortController;this.abort=r,n.send({type:`purchase.lookupStarted`,siret:t});let i=null,a;try{i=await n.client().getOrganisation(t,r.signal),a=tt(i)}catch(t){if(r.signal.aborted)return;a=t instanceof e&&t.status===404?`unknown`:`error`,a===`error`&&t instanceof e&&(t.isNetwork||t.status>=500)&&n.failed(t)}let o=i&&{siret:i.siret,name:i.name,active:i.active,publicAdministration:i.publicAdministration,firstCertificate:i.firstCertificate,legalCategory:i.legalCategory};n.send({type:`purchase.organisationResolved`,siret:t,organisation:o,status:a}),i&&a===`found`&&n.context().organisation?.siret===i.siret&&this.fillFrom(i)}fillFrom(e){let t=this.host.context().customer,n={};for(let[r,i]of Z){let a=(t[r]??``).trim();(a===``||a===this.filled[r])&&(n[r]=e[i])}this.filled=Object.fromEntries(Z.map(([t,n])=>[t,e[n]])),Object.keys(n).length>0&&this.host.fill(n)}},Q=[`identification`,`options`,`payment`],$=class extends n{constructor(...e){super(...e),this.partnerKey=null,this.product=null,this.chosen=null,this.renewal=null,this.serverErrors=X,this.announcement=``,this.flow=null,this.lastState=null,this.lastStep=null,this.pendingFocus=null,this.idempotency=new Ne,this.lookup=new rt({client:()=>this.context.client,context:()=>this.flow.snapshot.context,send:e=>this.flow?.send(e),fill:e=>this.send({type:`purchase.update`,section:`customer`,values:e}),failed:e=>u(this,e,w(this.context.locale,`catalog.unreachable`))})}static{this.styles=[d,ne,Ge]}get state(){return this.flow?this.flow.snapshot.value:null}fill(e){e.customer&&this.send({type:`purchase.update`,section:`customer`,values:e.customer}),e.billing&&(this.send({type:`purchase.setBillingDifferent`,value:!0}),this.send({type:`purchase.update`,section:`billing`,values:e.billing})),e.options&&this.send({type:`purchase.update`,section:`options`,values:e.options}),e.payment&&this.send({type:`purchase.update`,section:`payment`,values:e.payment})}selectProduct(e){this.send({type:`purchase.selectProduct`,product:e})}connectedCallback(){this.flow||this.startFlow(),super.connectedCallback();let e=this.chosen;e!==null&&(this.chosen=null,this.selectProduct(e))}startFlow(){let e=we.provide({actors:{submitOrder:y(({input:e})=>this.placeOrder(e))}}),t=this.catalog.products.map(e=>e.code),n=He(this.saveKey);this.idempotency.record=n?.idempotency??null;let r=n?e.resolveState({value:n.state,context:We(n,t)}):void 0;!n&&this.chosen!==null&&(this.lastStep=`products`,this.lastState=`products`),this.flow=new oe(this,e,{input:{...this.product?{product:this.product}:{},productCodes:t,...this.renewal?_e(this.renewal):{}},...r?{snapshot:r}:{},onChange:(e,t)=>this.onFlowChange(e,t)})}get saveKey(){let e=ee(this.partnerKey);return this.renewal?`${e}:renewal:${this.renewal.renewalOf}`:e}send(e){this.flow&&(this.serverErrors=et(this.serverErrors,e),this.flow.send(e))}onFlowChange(e,t){let n=e.value,{context:r}=e,i=this.lastState;this.lastState=n,(t!==null||i!==`products`||n!==`products`)&&h(this,`certinomis:state`,{state:n,event:t}),Ve(this.saveKey,Ue(n,r,this.idempotency.record));let a=n===`submitting`?`review`:n;if(a!==this.lastStep&&(this.lastStep!==null&&(this.pendingFocus=`heading`),this.announcement=``,this.lastStep=a,h(this,`certinomis:step`,{step:a,product:r.product})),i===`submitting`&&n===`confirmed`){let e=z(r.order);e&&h(this,`certinomis:order-placed`,{reference:e.reference,totals:e.totals,totalTTC:e.totals.ttc})}i===`submitting`&&n===`review`&&this.onOrderRefused(r.submitError),this.lookup.watch(n,r)}onOrderRefused(t){let n=Ze(t);if(!n){t instanceof e&&this.announce(t.problem?.title??w(this.context.locale,`catalog.unreachable`)),this.pendingFocus=`failure`;return}this.serverErrors=n;let r=Qe(n.keys());for(let e=0;e<r;e++)this.flow?.send({type:`purchase.back`});this.announceErrors([...n]),this.pendingFocus=`error`}async placeOrder(t){let n=this.idempotency.keyFor(JSON.stringify(t));this.serverErrors=X;try{return await this.context.client.placeOrder(t,n)}catch(t){let n=t instanceof e?t:new e(0,null);throw n.problem?.type?.includes(`idempotency-key-reused`)&&this.idempotency.forget(),n.status!==422&&u(this,n,w(this.context.locale,`review.failed`)),n}}render(){let e=this.flow;if(!e)return r;let{locale:t,client:n}=this.context,{catalog:i}=this,a=e.snapshot,o={locale:t,client:n,catalog:i,state:a.value,context:a.context,send:e=>this.send(e),serverErrors:this.serverErrors,lookup:()=>{let t=e.snapshot.context.customer.siret;t&&this.lookup.lookup(t)}};return c`${this.renderScreen(o)}
<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}renderScreen(e){switch(e.state){case`products`:return c`<certinomis-product-list
data-screen
exportparts="card, order-button"
.locale=${this.context.locale}
.products=${e.catalog.products}
@certinomis-product-select=${e=>this.selectProduct(e.detail.code)}
></certinomis-product-list>`;case`quantity`:return c`<certinomis-quantity-step
data-screen
exportparts="field, summary"
.flow=${e}
></certinomis-quantity-step>
${this.renderButtons([`cancel`,`back`,`next`])}`;case`confirmed`:return c`<certinomis-confirmation-step
data-screen
exportparts="summary"
.flow=${e}
></certinomis-confirmation-step>`;default:return this.renderForm(e)}}renderForm(e){let{locale:t,state:n}=e,i=Q.indexOf(n),a;switch(n){case`identification`:a=c`<certinomis-identification-step data-screen exportparts="field" .flow=${e}></certinomis-identification-step>`;break;case`options`:a=c`<certinomis-options-step data-screen exportparts="card, summary" .flow=${e}></certinomis-options-step>`;break;case`payment`:a=c`<certinomis-payment-step data-screen exportparts="field" .flow=${e}></certinomis-payment-step>`;break;default:a=c`<certinomis-review-step data-screen exportparts="summary" .flow=${e}></certinomis-review-step>`}let o=n===`review`||n===`submitting`;return c`
<p class="form-title">${w(t,`form.title`)}</p>
<p class="intro">${w(t,`form.intro`)}</p>
<certinomis-stepper
part="stepper"
label=${w(t,`form.steps`)}
done-label=${w(t,`form.done`)}
.labels=${Q.map(e=>w(t,`step.${e}`))}
current=${i===-1?Q.length:i}
></certinomis-stepper>
${this.serverErrors.size>0?c`<div class="error">
<strong>${w(t,`review.fix`)}</strong>
<ul>
${[...this.serverErrors].map(([e,n])=>c`<li>${E(t,e)} : ${n}</li>`)}
</ul>
</div>`:r}
${a}
${this.renderButtons([`cancel`,`reset`,`back`,o?`order`:`next`],n===`submitting`,[`cancel`,`reset`])}
`}renderButtons(e,t=!1,n=[]){return c`<certinomis-button-bar
part="buttons"
exportparts="order-button"
locale=${this.context.locale}
.actions=${e}
.confirm=${n}
?busy=${t}
@certinomis-action=${e=>this.onAction(e.detail.action)}
></certinomis-button-bar>`}onAction(e){let t=this.flow;if(!t)return;let n=t.snapshot.value,r={cancel:`purchase.cancel`,reset:`purchase.reset`,back:`purchase.back`,next:`purchase.next`,order:`purchase.submit`}[e];this.send({type:r});let i=t.snapshot;if((e===`reset`||e===`cancel`)&&(this.pendingFocus=`heading`),(e===`next`||e===`order`)&&i.value===n){let e=i.context.issues;e.length>0&&(this.announceErrors(e.map(e=>[e.field,v(this.context.locale,e.key,e.params)])),this.pendingFocus=`error`)}}announceErrors(e){let[t]=e;if(!t)return;let{locale:n}=this.context;this.announce(w(n,ae(n,e.length,`form.errors`),{n:e.length,first:`${E(n,t[0])} : ${t[1]}`}))}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){let e=this.pendingFocus;this.pendingFocus=null;let t=this.renderRoot.querySelector(`[data-screen]`);e&&t&&await De(t,e)}};f([o({attribute:!1})],$.prototype,`context`,void 0),f([o({attribute:!1})],$.prototype,`catalog`,void 0),f([o({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),f([o()],$.prototype,`product`,void 0),f([o({attribute:!1})],$.prototype,`chosen`,void 0),f([o({attribute:!1})],$.prototype,`renewal`,void 0),f([a()],$.prototype,`serverErrors`,void 0),f([a()],$.prototype,`announcement`,void 0),$=f([s(`certinomis-purchase`)],$);export{$ as CertinomisPurchase};
//# sourceMappingURL=certinomis-purchase-P2KP6vwY.js.map