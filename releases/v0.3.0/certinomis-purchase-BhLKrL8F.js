import{C as e,S as t,T as n,_ as r,a as i,b as a,g as o,i as s,o as c,r as l,s as u,t as ee,v as d,w as te,x as f,y as p}from"./notice.styles-DZDzJTdc.js";import{$ as ne,Q as re,T as m,a as ie,at as h,c as ae,ct as g,d as _,et as oe,f as v,h as se,i as ce,it as y,l as le,lt as b,n as ue,nt as x,o as de,ot as fe,rt as pe,s as S,st as C,t as me,tt as he,u as w,w as T}from"./step.styles-ZEbnk9W2.js";import{c as E,l as D,n as O,r as k,u as A}from"./certinomis-order.js";var j=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function M(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return j(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return j(n,r,{get(){return a(this)}})}}function N(e,t){return T((e??``).trim())===T((t??``).trim())}function ge(e){return typeof e==`string`&&se.includes(e)}function P(e,t,n,r,i){for(let a of t){if(!Object.hasOwn(n,a))continue;let t=n[a];if(t==null)delete e[a];else if(typeof t==`string`)e[a]=t;else{i.refused.push({field:`${r}.${a}`,key:`validation.type`});continue}i.touched.push(`${r}.${a}`)}}function F(e,t,n){let r=/* @__PURE__ */ new Set([...t.touched,...t.refused.map(e=>e.field)]);return[...e.issues.filter(e=>!r.has(e.field)&&(n===void 0||!e.field.startsWith(n))),...t.refused]}function _e(e,t,n){let r={touched:[],refused:[]};switch(t){case`customer`:{let t={...e.customer};if(P(t,ne,n,`customer`,r),N(e.customer.siret,t.siret))return{customer:t,issues:F(e,r)};let i={...e.payment};return(!i.siret?.trim()||N(i.siret,e.customer.siret))&&(t.siret===void 0?delete i.siret:i.siret=t.siret),{customer:t,payment:i,organisation:null,organisationStatus:`idle`,issues:F(e,r)}}case`billing`:{let t={...e.billing};return P(t,re,n,`billing`,r),{billing:t,issues:F(e,r)}}case`options`:{let t={...e.options};for(let i of oe){if(!Object.hasOwn(n,i))continue;let a=n[i],o=`options.${i}`;typeof a==`boolean`?i===`usbReader`&&!a&&e.organisation?.firstCertificate===!0?r.refused.push({field:o,key:`validation.usb_reader_required`}):(t[i]=a,r.touched.push(o)):r.refused.push({field:o,key:`validation.type`})}return{options:t,issues:F(e,r)}}case`payment`:{let t={...e.payment},i=!1;if(Object.hasOwn(n,`method`)){let a=n.method;a==null?(delete t.method,r.touched.push(`payment.method`),i=e.payment.method!==void 0):ge(a)?a===`mandate`&&e.organisation?.publicAdministration!==!0?r.refused.push({field:`payment.method`,key:`validation.mandate_public_only`}):(t.method=a,r.touched.push(`payment.method`),i=e.payment.method!==a):r.refused.push({field:`payment.method`,key:`validation.payment_method`})}return P(t,he,n,`payment`,r),{payment:t,issues:F(e,r,i?`payment.`:void 0)}}default:return{}}}function ve(e,t,n){let r=t?.firstCertificate===!0?{...e.options,usbReader:!0}:e.options,i={...e.payment};return i.method===`mandate`&&t?.publicAdministration!==!0&&delete i.method,{organisation:t,organisationStatus:n,options:r,payment:i,issues:e.issues.filter(e=>e.field!==`customer.siret`&&e.field!==`options.usbReader`)}}function ye(e){return{product:e.product,quantity:e.quantity,options:{...e.options},customer:{...e.customer},billing:e.billingDifferent?{...e.billing}:null,payment:pe(e.payment),cgvAccepted:e.cgvAccepted,cgvVersion:e.cgvVersion}}function be(e){if(typeof e.product!=`string`)return null;let t=e.product.trim();return w(t,e.productCodes??null).length===0?t:null}function xe(){return{product:null,quantity:1,...x()}}var Se=fe({types:{context:{},events:{},input:{}},actors:{submitOrder:g(async()=>{throw Error(`submitOrder not provided`)})},guards:{hasProduct:({context:e})=>e.product!==null,productSelectable:({context:e,event:t})=>t.type===`purchase.selectProduct`&&w(t.product,e.productCodes).length===0,quantityInRange:({event:e})=>e.type===`purchase.setQuantity`&&_(e.quantity).length===0,stepComplete:({context:e},t)=>v(t.step,e).length===0,orderComplete:({context:e})=>ae(e).length===0,currentSiret:({context:e,event:t})=>(t.type===`purchase.lookupStarted`||t.type===`purchase.organisationResolved`)&&N(t.siret,e.customer.siret),hasSubmitError:({context:e})=>e.submitError!==null},actions:{selectProduct:C(({event:e})=>(h(e,`purchase.selectProduct`),{product:e.product.trim(),issues:[]})),refuseProduct:C(({context:e,event:t})=>(h(t,`purchase.selectProduct`),{issues:w(t.product,e.productCodes)})),setQuantity:C(({event:e})=>(h(e,`purchase.setQuantity`),{quantity:e.quantity,issues:[]})),refuseQuantity:C(({event:e})=>(h(e,`purchase.setQuantity`),{issues:_(e.quantity)})),update:C(({context:e,event:t})=>(h(t,`purchase.update`),_e(e,t.section,t.values))),setBillingDifferent:C(({context:e,event:t})=>(h(t,`purchase.setBillingDifferent`),{billingDifferent:t.value===!0,issues:e.issues.filter(e=>!e.field.startsWith(`billing.`))})),startLookup:C({organisation:null,organisationStatus:`pending`}),resolveOrganisation:C(({context:e,event:t})=>(h(t,`purchase.organisationResolved`),ve(e,t.organisation,t.status))),acceptCgv:C(({context:e,event:t})=>(h(t,`purchase.acceptCgv`),{cgvAccepted:!0,cgvVersion:t.version.trim(),issues:e.issues.filter(e=>e.field!==`cgvAccepted`)})),clearIssues:C({issues:[]}),storeStepIssues:C(({context:e},t)=>({issues:v(t.step,e)})),storeAllIssues:C(({context:e})=>({issues:ae(e)})),resetForm:C(()=>x()),clearAll:C(()=>xe()),storeOrder:C(({event:e})=>(h(e,`purchase.submitted`),{order:e.order})),storeSubmitError:C(({event:e})=>(h(e,`purchase.submitFailed`),{submitError:e.error})),clearSubmitError:C({submitError:null})}}).createMachine({id:`purchase`,context:({input:e})=>({product:be(e),quantity:1,...x(),productCodes:e.productCodes?[...e.productCodes]:null}),initial:`start`,states:{start:{always:[{guard:`hasProduct`,target:`quantity`},{target:`products`}]},products:{on:{"purchase.selectProduct":[{guard:`productSelectable`,target:`quantity`,actions:`selectProduct`},{actions:`refuseProduct`}]}},quantity:{on:{"purchase.selectProduct":[{guard:`productSelectable`,actions:`selectProduct`},{actions:`refuseProduct`}],"purchase.setQuantity":[{guard:`quantityInRange`,actions:`setQuantity`},{actions:`refuseQuantity`}],"purchase.next":[{guard:b([{type:`stepComplete`,params:{step:`products`}},{type:`stepComplete`,params:{step:`quantity`}}]),target:`identification`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`quantity`}}}],"purchase.back":{target:`products`,actions:`clearIssues`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},identification:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`identification`}},target:`options`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`identification`}}}],"purchase.back":{target:`quantity`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},options:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`options`}},target:`payment`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`options`}}}],"purchase.back":{target:`identification`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},payment:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`payment`}},target:`review`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`payment`}}}],"purchase.back":{target:`options`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},review:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.acceptCgv":{actions:`acceptCgv`},"purchase.submit":[{guard:`orderComplete`,target:`submitting`,actions:`clearIssues`},{actions:`storeAllIssues`}],"purchase.retry":[{guard:b([`hasSubmitError`,`orderComplete`]),target:`submitting`,actions:`clearIssues`},{guard:`hasSubmitError`,actions:`storeAllIssues`}],"purchase.back":{target:`payment`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},submitting:{entry:`clearSubmitError`,invoke:{src:`submitOrder`,input:({context:e})=>ye(e),onDone:{target:`confirmed`,actions:C({order:({event:e})=>e.output})},onError:{target:`review`,actions:C({submitError:({event:e})=>e.error})}},on:{"purchase.submitted":{target:`confirmed`,actions:`storeOrder`},"purchase.submitFailed":{target:`review`,actions:`storeSubmitError`}}},confirmed:{on:{"purchase.reset":{target:`products`,actions:`clearAll`},"purchase.cancel":{target:`products`,actions:`clearAll`}}}}}),I=class extends a{constructor(...e){super(...e),this.labels=[],this.current=0,this.label=``,this.doneLabel=``}static{this.styles=[i,ce]}render(){return e`<ol aria-label=${this.label||f}>
      ${this.labels.map((t,n)=>{let r=n<this.current?`done`:n===this.current?`current`:``;return e`<li class=${r} part="step" aria-current=${r===`current`?`step`:f}>
          <span class="n" part="number">${n+1}</span> ${t}${r===`done`?e`<span class="visually-hidden"> (${this.doneLabel})</span>`:f}
        </li>`})}
    </ol>`}};s([d({attribute:!1})],I.prototype,`labels`,void 0),s([d({type:Number})],I.prototype,`current`,void 0),s([d()],I.prototype,`label`,void 0),s([d({attribute:`done-label`})],I.prototype,`doneLabel`,void 0),I=s([p(`certinomis-stepper`)],I);async function Ce(e){await e.updateComplete,e.renderRoot.querySelector(`h2`)?.focus()}async function we(e,t){await e.updateComplete;let n=e.renderRoot.querySelector(t);return n?.focus(),n!==null}var L=class extends a{constructor(...e){super(...e),this.touched=/* @__PURE__ */ new Set,this.step=null,this.live=null}static{this.styles=[i,me]}liveIssues(){let{context:e}=this.flow;return this.step===null?[]:(this.live?.context!==e&&(this.live={context:e,issues:v(this.step,e)}),this.live.issues)}issueOf(e,t=this.touched.has(e)){return this.flow.context.issues.find(t=>t.field===e)??(t?this.liveIssues().find(t=>t.field===e):void 0)}errorOf(e,t){let n=this.flow.serverErrors.get(e);if(n)return n;let r=this.issueOf(e,t);return r?y(this.flow.locale,r.key,r.params):null}touch(e){this.touched.has(e)||(this.touched=new Set(this.touched).add(e))}set(e,t){this.flow.send({type:`purchase.update`,section:e,values:t})}field(e,t,n={}){let r=`${e}.${t}`,i=this.flow.context[e][t];return ue({...n,name:r,label:c(this.flow.locale,r),value:typeof i==`string`&&i!==``?i:n.fallback??``,error:n.error===void 0?this.errorOf(r):n.error,onInput:n=>this.set(e,{[t]:n}),onChange:()=>this.touch(r)})}focusHeading(){return Ce(this)}focusFirstError(){return we(this,`certinomis-field[error], [aria-invalid="true"]`)}};s([d({attribute:!1})],L.prototype,`flow`,void 0),s([r()],L.prototype,`touched`,void 0);function Te(e){return e.replace(/\s/g,``).toUpperCase()}function Ee(e){return Te(e).replace(/(.{4})(?=.)/g,`$1 `)}function R(t,n,r,i={}){let a=e=>A(e,t);return e`<section class="summary" part="summary" aria-busy=${i.loading?`true`:`false`}>
    <h3>${u(t,`summary.title`)}</h3>
    ${n?e`<table>
            <thead>
              <tr>
                <th scope="col">${u(t,`summary.product`)}</th>
                <th scope="col" class="num">${u(t,`summary.quantity`)}</th>
                <th scope="col" class="num">${u(t,`summary.lineHt`)}</th>
              </tr>
            </thead>
            <tbody>
              ${n.lines.map((n,r)=>e`<tr>
                  <th scope="row">
                    ${n.label}${r===0?e` <span class="code">${n.code}</span>`:f}
                  </th>
                  <td class="num">${n.quantity}</td>
                  <td class="num">${a(n.totalHt)} ${u(t,`product.ht`)}</td>
                </tr>`)}
            </tbody>
          </table>
          <dl class="totals">
            <div><dt>${u(t,`summary.ht`)}</dt><dd>${a(n.totals.ht)}</dd></div>
            <div>
              <dt>${u(t,`summary.vat`,{rate:r})}</dt>
              <dd>${a(n.totals.vat)}</dd>
            </div>
            <div class="ttc"><dt>${u(t,`summary.ttc`)}</dt><dd>${a(n.totals.ttc)}</dd></div>
          </dl>`:f}
    <p class="status" role="status">
      ${i.loading?u(t,`summary.loading`):i.failed?u(t,`summary.failed`):f}
    </p>
  </section>`}function z(t,n,r){let{rib:i}=n;return e`<div class="payee">
    <p class="payee-heading" role="heading" aria-level=${r}>
      ${u(t,`payment.holder`)}
    </p>
    <p>
      <strong>${n.holder}</strong><br />
      ${n.address}, ${n.postalCode} ${n.city}
    </p>
    ${i?e`<div class="scroll">
            <table>
              <caption>${u(t,`payment.rib`)}</caption>
              <tbody>
                <tr><th scope="row">${u(t,`payment.bankCode`)}</th><td class="mono">${i.bank}</td></tr>
                <tr><th scope="row">${u(t,`payment.branchCode`)}</th><td class="mono">${i.branch}</td></tr>
                <tr><th scope="row">${u(t,`payment.account`)}</th><td class="mono">${i.account}</td></tr>
                <tr><th scope="row">${u(t,`payment.ribKey`)}</th><td class="mono">${i.key}</td></tr>
              </tbody>
            </table>
          </div>`:f}
    <dl>
      <dt>${u(t,`payment.iban`)}</dt>
      <dd class="mono">${Ee(n.iban)}</dd>
      <dt>${u(t,`payment.bic`)}</dt>
      <dd class="mono">${n.bic}</dd>
      <dt>${u(t,`payment.domiciliation`)}</dt>
      <dd>${n.bankName}<br />${n.bankBranch}</dd>
    </dl>
  </div>`}function B(e){return typeof e==`object`&&e&&`reference`in e?e:null}var V=class extends L{render(){let{locale:t,context:n,catalog:r}=this.flow,i=B(n.order);return i?e`
      <h2 tabindex="-1">${u(t,`confirm.title`)}</h2>
      <p>${u(t,`confirm.reference`)} : <strong class="mono">${i.reference}</strong></p>
      ${R(t,i,r.vatRate)}
      <p>${u(t,`confirm.email`,{email:n.customer.email??``})}</p>
      <p>${u(t,`confirm.next`)}</p>
      <p><a class="link" href=${i.clientSpaceUrl}>${u(t,`confirm.space`)}</a></p>
      <section class="card">
        <h3>${u(t,`confirm.payTitle`)}</h3>
        ${this.renderPayment(i.payment.instructions)}
      </section>
      <button
        type="button"
        class="secondary"
        @click=${()=>this.flow.send({type:`purchase.reset`})}
      >
        ${u(t,`button.newOrder`)}
      </button>
    `:f}renderPayment(t){let{locale:n}=this.flow;switch(t.method){case`transfer`:return e`<p>
            ${u(n,`confirm.transfer`,{amount:A(t.amount,n)})}
          </p>
          ${z(n,t.payee,4)}
          <p>${u(n,`confirm.label`)} : <strong class="mono">${t.label}</strong></p>`;case`cheque`:return e`<p>
          ${u(n,`confirm.cheque`,{amount:A(t.amount,n),payee:t.payableTo,address:t.mailTo})}
        </p>`;case`mandate`:return e`<p>
          ${u(n,`confirm.mandate`,{siret:t.siret,serviceCode:t.serviceCode,chorus:t.chorusOrderNumber,days:t.paymentTermDays})}
        </p>`}}};V=s([p(`certinomis-confirmation-step`)],V);var De=[`FR`,`BE`,`LU`,`CH`,`MC`,`DE`,`ES`,`IT`,`NL`,`PT`,`GB`,`IE`,`AT`];function Oe(e){let t=new Intl.DisplayNames([e],{type:`region`}),[n=`FR`,...r]=De,i=e=>({value:e,label:t.of(e)??e});return[i(n),...r.map(i).sort((t,n)=>t.label.localeCompare(n.label,e))]}var H=class extends L{constructor(...e){super(...e),this.step=`identification`,this.countries=null}countryList(){let{locale:e}=this.flow;return this.countries?.locale!==e&&(this.countries={locale:e,options:Oe(e)}),this.countries.options}render(){let{locale:t,context:n}=this.flow,r=this.countryList(),i=e=>this.field(e,`country`,{type:`select`,options:r,autocomplete:e===`billing`?`billing country`:`country`,fallback:`FR`});return e`
      <h2 tabindex="-1">${u(t,`step.identification`)}</h2>
      <p class="intro">${u(t,`identification.intro`)}</p>
      <p class="help">${u(t,`form.required`)}</p>
      <div class="grid">
        ${this.field(`customer`,`civility`,{type:`select`,autocomplete:`honorific-prefix`,options:[{value:``,label:u(t,`identification.choose`)},{value:`MME`,label:u(t,`identification.mme`)},{value:`MR`,label:u(t,`identification.mr`)}]})}
        <span class="spacer"></span>
        ${this.field(`customer`,`firstName`,{autocomplete:`given-name`})}
        ${this.field(`customer`,`lastName`,{autocomplete:`family-name`})}
        ${this.field(`customer`,`email`,{type:`email`,autocomplete:`email`,help:u(t,`identification.emailHelp`)})}
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
          .checked=${n.billingDifferent}
          @change=${e=>this.flow.send({type:`purchase.setBillingDifferent`,value:e.target.checked})}
        />
        ${u(t,`identification.billingDifferent`)}
      </label>
      ${n.billingDifferent?e`<fieldset>
              <legend>${u(t,`identification.billing`)}</legend>
              <div class="grid">
                ${this.field(`billing`,`companyName`,{autocomplete:`billing organization`})}
                ${this.field(`billing`,`address`,{autocomplete:`billing street-address`})}
                ${this.field(`billing`,`postalCode`,{autocomplete:`billing postal-code`,inputmode:`numeric`})}
                ${this.field(`billing`,`city`,{autocomplete:`billing address-level2`})}
                ${i(`billing`)}
                ${this.field(`billing`,`email`,{type:`email`,required:!1,autocomplete:`billing email`})}
              </div>
            </fieldset>`:f}
    `}siretField(){let{locale:t,context:n}=this.flow,r=n.customer.siret??``,i=m(r),a=i===null||i===`checksum`,o=n.organisationStatus,s=``;o===`pending`?s=y(t,`validation.siret_pending`):o===`found`&&n.organisation&&(s=u(t,`identification.siretFound`,{name:n.organisation.name}));let c=this.issueOf(`customer.siret`,a||this.touched.has(`customer.siret`)),l=c&&c.key!==`validation.siret_pending`&&c.key!==`validation.siret_unverified`?y(t,c.key,c.params):null;return e`<div class="siret">
      ${this.field(`customer`,`siret`,{inputmode:`numeric`,help:s,error:this.flow.serverErrors.get(`customer.siret`)??l})}
      ${o===`error`?e`<button type="button" class="secondary" @click=${()=>this.flow.lookup()}>
              ${u(t,`identification.siretCheck`)}
            </button>`:f}
    </div>`}};H=s([p(`certinomis-identification-step`)],H);function ke(){return typeof crypto.randomUUID==`function`?crypto.randomUUID():[...crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(16))].map(e=>e.toString(16).padStart(2,`0`)).join(``)}var Ae=class{constructor(e=null){this.record=e}keyFor(e){return this.record?.request!==e&&(this.record={key:ke(),request:e}),this.record.key}forget(){this.record=null}},U={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},je=e=>(...t)=>({_$litDirective$:e,values:t}),Me=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}},{I:Ne}=te,Pe=e=>e.strings===void 0,Fe={},Ie=(e,t=Fe)=>e._$AH=t,W=je(class extends Me{constructor(e){if(super(e),e.type!==U.PROPERTY&&e.type!==U.ATTRIBUTE&&e.type!==U.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!Pe(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[n]){if(n===t||n===f)return n;let r=e.element,i=e.name;if(e.type===U.PROPERTY){if(n===r[i])return t}else if(e.type===U.BOOLEAN_ATTRIBUTE){if(!!n===r.hasAttribute(i))return t}else if(e.type===U.ATTRIBUTE&&r.getAttribute(i)===n+``)return t;return Ie(e),n}}),G=class{constructor(e,t=250){this.host=e,this.delay=t,this.value=null,this.loading=!1,this.failed=!1,this.key=``,this.abort=null,e.addController(this)}requestFor({context:e,client:t,locale:n},r=!0){if(!e.product)return;let i=r?e.options:{usbReader:!1,express:!1};this.request(t,{product:e.product,quantity:e.quantity,options:i},n)}request(e,t,n){let r=`${n}${JSON.stringify(t)}`;r!==this.key&&(this.key=r,this.cancel(),this.loading=!0,this.timer=setTimeout(()=>void this.fetch(e,t),this.value?this.delay:0))}async fetch(e,t){let n=new AbortController;this.abort=n;try{let r=await e.getQuote(t,n.signal);if(n.signal.aborted)return;this.value=r,this.failed=!1}catch{if(n.signal.aborted)return;this.failed=!0}this.loading=!1,this.host.requestUpdate()}cancel(){clearTimeout(this.timer),this.abort?.abort()}hostConnected(){}hostDisconnected(){this.cancel(),this.key=``}},Le={usb_reader:`usbReader`,express:`express`},K=class extends L{constructor(...e){super(...e),this.step=`options`,this.quote=new G(this)}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow)}render(){let{locale:t,catalog:n}=this.flow;return e`
      <h2 tabindex="-1">${u(t,`step.options`)}</h2>
      <p class="intro">${u(t,`options.intro`)}</p>
      ${n.options.map(e=>this.renderOption(e))}
      ${R(t,this.quote.value,n.vatRate,this.quote)}
    `}renderOption(t){let{locale:n,context:r}=this.flow,i=Le[t.code];if(!i)return f;let a=`options.${i}`,o=i===`usbReader`&&r.organisation?.firstCertificate===!0,s=this.errorOf(a,!0),c=[`d-${i}`,o?`l-${i}`:``,s?`e-${i}`:``].filter(Boolean).join(` `);return e`<div class="card" part="card">
      <label class="choice">
        <input
          type="checkbox"
          name=${a}
          .checked=${W(r.options[i])}
          ?disabled=${o}
          aria-describedby=${c}
          aria-invalid=${s?`true`:`false`}
          @change=${e=>this.set(`options`,{[i]:e.target.checked})}
        />
        <span>
          <strong>${t.label}</strong>
          ${t.rule?e`(${u(n,`options.usbMandatory`)})`:f}
        </span>
      </label>
      <p class="price">
        ${u(n,`summary.perCertif`,{price:A(t.priceHt,n)})}
      </p>
      <p class="help" id=${`d-${i}`}>${t.description}</p>
      ${o?e`<p class="ok" id=${`l-${i}`}><span aria-hidden="true">🔒</span> ${u(n,`options.usbLocked`)}</p>`:f}
      ${s?e`<p class="error" id=${`e-${i}`}>${s}</p>`:f}
    </div>`}};K=s([p(`certinomis-options-step`)],K);var q=class extends L{constructor(...e){super(...e),this.step=`payment`,this.tipOff=!1}render(){let{locale:t,context:n}=this.flow,r=n.payment.method,i=n.organisation?.publicAdministration===!0,a=this.errorOf(`payment.method`,!1),o=i?[`mandate`,`transfer`,`cheque`]:[`transfer`,`cheque`];return e`
      <h2 tabindex="-1">${u(t,`step.payment`)}</h2>
      <p class="intro">${u(t,`payment.intro`)}</p>
      <fieldset aria-describedby=${a?`e-method`:f}>
        <legend>${c(t,`payment.method`)} <span class="error" aria-hidden="true">*</span></legend>
        ${o.map(n=>e`<label class="choice">
            <input
              type="radio"
              name="payment.method"
              value=${n}
              .checked=${W(r===n)}
              aria-invalid=${a?`true`:`false`}
              @change=${()=>this.set(`payment`,{method:n})}
            />
            ${u(t,`payment.${n}`)}
          </label>`)}
        ${i?f:e`<span class="why ${this.tipOff?`off`:``}" @mouseenter=${this.showTip}>
                <button
                  type="button"
                  class="info"
                  aria-label=${u(t,`payment.mandateWhy`)}
                  aria-describedby="tip"
                  @focus=${this.showTip}
                  @keydown=${e=>{e.key===`Escape`&&(this.tipOff=!0)}}
                >
                  ?
                </button>
                <span role="tooltip" id="tip">${u(t,`payment.mandateReason`)}</span>
                <span class="help" aria-hidden="true">${u(t,`payment.mandateWhy`)}</span>
              </span>`}
        ${a?e`<p class="error" id="e-method">${a}</p>`:f}
      </fieldset>
      ${r?this.renderMethod(r):f}
    `}showTip(){this.tipOff=!1}renderMethod(t){let{locale:n,catalog:r}=this.flow;switch(t){case`mandate`:return e`<p>${u(n,`payment.mandateIntro`)}</p>
          <div class="grid">
            ${this.field(`payment`,`siret`,{inputmode:`numeric`,help:u(n,`payment.siretHelp`)})}
            ${this.field(`payment`,`serviceCode`,{help:u(n,`payment.serviceCodeHelp`)})}
            ${this.field(`payment`,`chorusOrderNumber`,{help:u(n,`payment.chorusHelp`)})}
          </div>`;case`transfer`:return e`<p>${u(n,`payment.transferIntro`)}</p>
          <p class="help">${u(n,`payment.holderHelp`)}</p>
          ${z(n,r.payee,3)}
          ${this.field(`payment`,`transferReference`,{help:u(n,`payment.referenceHelp`)})}`;case`cheque`:return e`<p>${u(n,`payment.chequeIntro`)}</p>
          <div class="grid">
            ${this.field(`payment`,`chequeNumber`,{inputmode:`numeric`,help:u(n,`payment.chequeNumberHelp`)})}
            ${this.field(`payment`,`bank`,{help:u(n,`payment.bankHelp`)})}
          </div>`}}};s([r()],q.prototype,`tipOff`,void 0),q=s([p(`certinomis-payment-step`)],q);function Re(e,t){try{t?E()?.setItem(e,JSON.stringify(t)):E()?.removeItem(e)}catch{}}var J=e=>typeof e==`object`&&!!e&&!Array.isArray(e);function ze(e){try{let t=JSON.parse(E()?.getItem(e)??`null`);if(!J(t)||t.v!==1||!le(t.state))return null;let n=t.context;return!J(n)||!J(n.customer)||!J(n.billing)||!J(n.options)||!J(n.payment)||!Array.isArray(n.issues)||typeof n.quantity!=`number`?null:t}catch{return null}}function Be(e,t,n){if(e===`confirmed`)return null;let{order:r,submitError:i,...a}=t;return{v:1,state:e===`submitting`?`review`:e,context:a,idempotency:n}}function Ve(e,t){return{...e.context,organisationStatus:e.context.organisationStatus===`pending`?`idle`:e.context.organisationStatus,productCodes:t,order:null,submitError:null}}var He=n`
  ${l}

  .form-title {
    font-size: 1.15rem;
    font-weight: 700;
  }

  .intro {
    color: var(--_muted);
  }
`,Y=class extends L{constructor(...e){super(...e),this.quote=new G(this)}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow,!1)}render(){let{locale:t,context:n,catalog:r}=this.flow;return e`
      <h2 tabindex="-1">${u(t,`order.title`)}</h2>
      <p class="intro">${u(t,`quantity.intro`)}</p>
      <certinomis-field
        part="field"
        name="quantity"
        type="number"
        inputmode="numeric"
        min="1"
        max="50"
        required
        label=${u(t,`field.quantity`)}
        help=${u(t,`quantity.help`)}
        .value=${String(n.quantity)}
        error=${this.errorOf(`quantity`)??f}
        @input=${this.onInput}
      ></certinomis-field>
      <p class="note">${u(t,`quantity.note`)}</p>
      ${R(t,this.quote.value,r.vatRate,this.quote)}
    `}onInput(e){let t=e.target.value.trim();this.flow.send({type:`purchase.setQuantity`,quantity:t===``?NaN:Number(t)})}};Y=s([p(`certinomis-quantity-step`)],Y);var Ue=n`
  dialog {
    width: min(44rem, calc(100vw - 1.5rem));
    max-height: calc(100vh - 2rem);
    padding: var(--_space);
    border: none;
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }

  .cgv-body {
    overflow-y: auto;
    max-height: min(60vh, 36rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space);
  }

  .cgv-body :is(h2, h3) {
    font-size: 1rem;
    margin: 1rem 0 0.25rem;
  }

  .cgv-body p {
    margin: 0 0 0.5rem;
  }

  .sentinel {
    height: 1px;
  }

  .dialog-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }

  .accept:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
`,We=/^(H[1-6]|P|UL|OL|LI|STRONG|EM|B|I|BR|A|SECTION|TABLE|THEAD|TBODY|TR|TH|TD|SPAN|DIV|BLOCKQUOTE|SMALL|SUP|SUB)$/;function Ge(e){let t=document.createElement(`template`);t.innerHTML=e;let n=t.content;for(let e of[...n.querySelectorAll(`*`)])if(!We.test(e.tagName))/^(SCRIPT|STYLE|IFRAME|OBJECT|EMBED|TEMPLATE|LINK|META)$/.test(e.tagName)?e.remove():e.replaceWith(...e.childNodes);else{for(let t of[...e.attributes])e.tagName===`A`&&t.name===`href`&&/^https?:/i.test(t.value)||e.removeAttribute(t.name);e.tagName===`A`&&e.setAttribute(`rel`,`noopener`)}return document.importNode(n,!0)}var X=class extends L{constructor(...e){super(...e),this.step=`review`,this.quote=new G(this,0),this.cgv=null,this.cgvFailed=!1,this.read=!1,this.content=null,this.cgvClient=null,this.observer=null}static{this.styles=[...L.styles,Ue]}connectedCallback(){super.connectedCallback(),this.cgv||this.loadCgv()}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null}async loadCgv(){this.cgvFailed=!1;let e=this.flow.client;this.cgvClient=e;try{let t=await e.getCgv();if(e!==this.flow.client)return;this.content=Ge(t.html),this.cgv=t}catch{this.cgvFailed=!0}}willUpdate(e){super.willUpdate(e),this.quote.requestFor(this.flow),this.cgvClient&&this.cgvClient!==this.flow.client&&(this.observer?.disconnect(),this.observer=null,this.cgv=null,this.content=null,this.read=!1,this.loadCgv())}updated(){this.sentinel&&this.body&&!this.observer&&(this.observer=new IntersectionObserver(e=>{e.some(e=>e.isIntersecting)&&(this.read=!0)},{root:this.body}),this.observer.observe(this.sentinel))}openCgv(){this.dialog.showModal(),this.cgv||this.loadCgv()}paymentDetails(){let{locale:t,context:n}=this.flow,{payment:r}=n,i=e=>e??``;switch(r.method){case`mandate`:return e`<br />${u(t,`review.payment.mandate`,{siret:i(r.siret),serviceCode:i(r.serviceCode),chorus:i(r.chorusOrderNumber)})}`;case`transfer`:return e`<br />${u(t,`review.payment.transfer`,{reference:i(r.transferReference)})}`;case`cheque`:return e`<br />${u(t,`review.payment.cheque`,{number:i(r.chequeNumber),bank:i(r.bank)})}`;default:return f}}render(){let{locale:t,context:n,catalog:r,state:i}=this.flow,{customer:a,payment:o}=n,s=this.errorOf(`cgvAccepted`)??this.errorOf(`cgvVersion`);return e`
      <h2 tabindex="-1">${u(t,`step.review`)}</h2>
      <p class="intro">${u(t,`review.intro`)}</p>
      ${R(t,this.quote.value,r.vatRate,this.quote)}
      <dl class="facts">
        <dt>${u(t,`review.buyer`)}</dt>
        <dd>
          <span class="fact">${a.firstName} ${a.lastName}</span>
          <span class="fact">${a.email}</span>
          <span class="fact">${a.companyName}</span>
          <span class="fact">SIRET ${a.siret}</span>
        </dd>
        <dt>${u(t,`review.method`)}</dt>
        <dd>
          ${o.method?u(t,`payment.${o.method}`):``}
          ${this.paymentDetails()}
        </dd>
      </dl>
      <section class="card" aria-labelledby="cgv-h">
        <h3 id="cgv-h">${u(t,`review.cgv`)}</h3>
        ${n.cgvAccepted?e`<p class="ok">
                <span aria-hidden="true">✓</span>
                ${u(t,`review.cgvAccepted`,{version:n.cgvVersion??``})}
              </p>`:e`<p class="help">${u(t,`review.cgvHint`)}</p>`}
        <button
          type="button"
          class="secondary"
          aria-haspopup="dialog"
          aria-describedby=${s?`e-cgv`:f}
          aria-invalid=${s?`true`:`false`}
          @click=${this.openCgv}
        >
          ${u(t,`review.readCgv`)}
        </button>
        ${s?e`<p class="error" id="e-cgv">${s}</p>`:f}
      </section>
      ${i===`review`?this.renderFailure():f}
      ${this.renderDialog()}
    `}renderFailure(){let{locale:t,context:n}=this.flow,r=n.submitError;if(!(r instanceof o)||r.status===422&&r.problem?.errors?.length)return f;let i=r.isNetwork?u(t,`review.networkError`):r.status===409?u(t,`review.inFlight`):`${u(t,`review.failed`)} ${r.problem?.detail??``}`;return e`<div class="alert" role="alert">
      <p>${i}</p>
      <button type="button" class="primary" @click=${()=>this.flow.send({type:`purchase.retry`})}>
        ${u(t,`button.retry`)}
      </button>
    </div>`}renderDialog(){let{locale:t}=this.flow;return e`<dialog part="dialog" aria-labelledby="dlg-h">
      <h2 id="dlg-h">${this.cgv?.title??u(t,`review.cgv`)}</h2>
      <div class="cgv-body" tabindex="0" role="region" aria-labelledby="dlg-h">
        ${this.cgv?e`${this.content}<div class="sentinel"></div>`:this.cgvFailed?e`<p class="error">${u(t,`summary.failed`)}</p>
                  <button type="button" class="secondary" @click=${this.loadCgv}>
                    ${u(t,`button.retry`)}
                  </button>`:e`<p role="status">${u(t,`review.cgvLoading`)}</p>`}
      </div>
      <p class="help" id="scroll-hint">${this.read?``:u(t,`review.cgvScroll`)}</p>
      <div class="dialog-buttons">
        <button type="button" class="secondary" @click=${()=>this.dialog.close()}>
          ${u(t,`button.close`)}
        </button>
        <button
          type="button"
          class="primary accept"
          ?disabled=${!this.read||!this.cgv}
          aria-describedby="scroll-hint"
          @click=${this.accept}
        >
          ${u(t,`review.accept`)}
        </button>
      </div>
    </dialog>`}accept(){this.cgv&&(this.flow.send({type:`purchase.acceptCgv`,version:this.cgv.version}),this.dialog.close())}};s([r()],X.prototype,`cgv`,void 0),s([r()],X.prototype,`cgvFailed`,void 0),s([r()],X.prototype,`read`,void 0),s([M(`dialog`)],X.prototype,`dialog`,void 0),s([M(`.sentinel`)],X.prototype,`sentinel`,void 0),s([M(`.cgv-body`)],X.prototype,`body`,void 0),X=s([p(`certinomis-review-step`)],X);function Ke(e){let t=e.split(`.`)[0];return t===`customer`||t===`billing`?`identification`:t===`options`||t===`payment`||t===`quantity`?t:t===`product`?`products`:`review`}function qe(e){let t=S.length-1;for(let n of e)t=Math.min(t,S.indexOf(Ke(n)));return S[t]??`review`}var Z=/* @__PURE__ */ new Map;function Je(e){let t=e instanceof o&&e.status===422?e.problem?.errors:null;return t?.length?new Map(t.map(e=>[e.field,e.message])):null}function Ye(e){let t=qe(e);return S.indexOf(`review`)-S.indexOf(t===`products`?`quantity`:t)}function Xe(e){switch(e.type){case`purchase.update`:return`method`in e.values?[`payment.`]:Object.keys(e.values).map(t=>`${e.section}.${t}`);case`purchase.setBillingDifferent`:return[`billing.`];case`purchase.acceptCgv`:return[`cgv`];case`purchase.setQuantity`:return[`quantity`];case`purchase.cancel`:case`purchase.reset`:return[``];default:return[]}}function Ze(e,t){if(e.size===0)return e;let n=Xe(t),r=[...e].filter(([e])=>!n.some(t=>e.startsWith(t)));return r.length===e.size?e:new Map(r)}function Qe(e){return e===null?`unknown`:e.active?`found`:`closed`}var $e=[`identification`,`options`,`payment`,`review`,`submitting`],et=[[`companyName`,`name`],[`address`,`address`],[`postalCode`,`postalCode`],[`city`,`city`]],tt=class{constructor(e){this.host=e,this.abort=null,this.scheduled=null,this.filled={}}watch(e,t){let n=t.customer.siret??``;t.organisationStatus===`idle`&&$e.includes(e)&&m(n)===null&&this.scheduled!==n&&(this.scheduled=n,queueMicrotask(()=>{this.scheduled=null,this.lookup(n)}))}async lookup(e){let{host:t}=this;this.abort?.abort();let n=new AbortController;this.abort=n,t.send({type:`purchase.lookupStarted`,siret:e});let r=null,i;try{r=await t.client().getOrganisation(e,n.signal),i=Qe(r)}catch(e){if(n.signal.aborted)return;i=e instanceof o&&e.status===404?`unknown`:`error`,i===`error`&&e instanceof o&&(e.isNetwork||e.status>=500)&&t.failed(e)}let a=r&&{siret:r.siret,name:r.name,active:r.active,publicAdministration:r.publicAdministration,firstCertificate:r.firstCertificate,legalCategory:r.legalCategory};t.send({type:`purchase.organisationResolved`,siret:e,organisation:a,status:i}),r&&i===`found`&&t.context().organisation?.siret===r.siret&&this.fillFrom(r)}fillFrom(e){let t=this.host.context().customer,n={};for(let[r,i]of et){let a=(t[r]??``).trim();(a===``||a===this.filled[r])&&(n[r]=e[i])}this.filled=Object.fromEntries(et.map(([t,n])=>[t,e[n]])),Object.keys(n).length>0&&this.host.fill(n)}},Q=[`identification`,`options`,`payment`],$=class extends a{constructor(...e){super(...e),this.partnerKey=null,this.product=null,this.chosen=null,this.serverErrors=Z,this.announcement=``,this.flow=null,this.lastState=null,this.lastStep=null,this.pendingFocus=null,this.idempotency=new Ae,this.lookup=new tt({client:()=>this.context.client,context:()=>this.flow.snapshot.context,send:e=>this.flow?.send(e),fill:e=>this.send({type:`purchase.update`,section:`customer`,values:e}),failed:e=>k(this,e,u(this.context.locale,`catalog.unreachable`))})}static{this.styles=[i,ee,He]}get state(){return this.flow?this.flow.snapshot.value:null}fill(e){e.customer&&this.send({type:`purchase.update`,section:`customer`,values:e.customer}),e.billing&&(this.send({type:`purchase.setBillingDifferent`,value:!0}),this.send({type:`purchase.update`,section:`billing`,values:e.billing})),e.options&&this.send({type:`purchase.update`,section:`options`,values:e.options}),e.payment&&this.send({type:`purchase.update`,section:`payment`,values:e.payment})}selectProduct(e){this.send({type:`purchase.selectProduct`,product:e})}connectedCallback(){this.flow||this.startFlow(),super.connectedCallback();let e=this.chosen;e!==null&&(this.chosen=null,this.selectProduct(e))}startFlow(){let e=Se.provide({actors:{submitOrder:g(({input:e})=>this.placeOrder(e))}}),t=this.catalog.products.map(e=>e.code),n=ze(D(this.partnerKey));this.idempotency.record=n?.idempotency??null;let r=n?e.resolveState({value:n.state,context:Ve(n,t)}):void 0;!n&&this.chosen!==null&&(this.lastStep=`products`,this.lastState=`products`),this.flow=new ie(this,e,{input:{...this.product?{product:this.product}:{},productCodes:t},...r?{snapshot:r}:{},onChange:(e,t)=>this.onFlowChange(e,t)})}send(e){this.flow&&(this.serverErrors=Ze(this.serverErrors,e),this.flow.send(e))}onFlowChange(e,t){let n=e.value,{context:r}=e,i=this.lastState;this.lastState=n,(t!==null||i!==`products`||n!==`products`)&&O(this,`certinomis:state`,{state:n,event:t}),Re(D(this.partnerKey),Be(n,r,this.idempotency.record));let a=n===`submitting`?`review`:n;if(a!==this.lastStep&&(this.lastStep!==null&&(this.pendingFocus=`heading`),this.lastStep=a,O(this,`certinomis:step`,{step:a,product:r.product})),i===`submitting`&&n===`confirmed`){let e=B(r.order);e&&O(this,`certinomis:order-placed`,{reference:e.reference,totals:e.totals,totalTTC:e.totals.ttc})}i===`submitting`&&n===`review`&&this.onOrderRefused(r.submitError),this.lookup.watch(n,r)}onOrderRefused(e){let t=Je(e);if(!t){e instanceof o&&this.announce(e.problem?.title??u(this.context.locale,`catalog.unreachable`));return}this.serverErrors=t,this.announceErrors([...t]);let n=Ye(t.keys());for(let e=0;e<n;e++)this.flow?.send({type:`purchase.back`});this.pendingFocus=`error`}async placeOrder(e){let t=this.idempotency.keyFor(JSON.stringify(e));this.serverErrors=Z;try{return await this.context.client.placeOrder(e,t)}catch(e){let t=e instanceof o?e:new o(0,null);throw t.problem?.type?.includes(`idempotency-key-reused`)&&this.idempotency.forget(),t.status!==422&&k(this,t,u(this.context.locale,`review.failed`)),t}}render(){let t=this.flow;if(!t)return f;let{locale:n,client:r}=this.context,{catalog:i}=this,a=t.snapshot,o={locale:n,client:r,catalog:i,state:a.value,context:a.context,send:e=>this.send(e),serverErrors:this.serverErrors,lookup:()=>{let e=t.snapshot.context.customer.siret;e&&this.lookup.lookup(e)}};return e`${this.renderScreen(o)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}renderScreen(t){switch(t.state){case`products`:return e`<certinomis-product-list
          data-screen
          exportparts="card, order-button"
          .locale=${this.context.locale}
          .products=${t.catalog.products}
          @certinomis-product-select=${e=>this.selectProduct(e.detail.code)}
        ></certinomis-product-list>`;case`quantity`:return e`<certinomis-quantity-step
            data-screen
            exportparts="field, summary"
            .flow=${t}
          ></certinomis-quantity-step>
          ${this.renderButtons([`cancel`,`back`,`next`])}`;case`confirmed`:return e`<certinomis-confirmation-step
          data-screen
          exportparts="summary"
          .flow=${t}
        ></certinomis-confirmation-step>`;default:return this.renderForm(t)}}renderForm(t){let{locale:n,state:r}=t,i=Q.indexOf(r),a;switch(r){case`identification`:a=e`<certinomis-identification-step data-screen exportparts="field" .flow=${t}></certinomis-identification-step>`;break;case`options`:a=e`<certinomis-options-step data-screen exportparts="card, summary" .flow=${t}></certinomis-options-step>`;break;case`payment`:a=e`<certinomis-payment-step data-screen exportparts="field" .flow=${t}></certinomis-payment-step>`;break;default:a=e`<certinomis-review-step data-screen exportparts="summary" .flow=${t}></certinomis-review-step>`}let o=r===`review`||r===`submitting`;return e`
      <p class="form-title">${u(n,`form.title`)}</p>
      <p class="intro">${u(n,`form.intro`)}</p>
      <certinomis-stepper
        part="stepper"
        label=${u(n,`form.steps`)}
        done-label=${u(n,`form.done`)}
        .labels=${Q.map(e=>u(n,`step.${e}`))}
        current=${i===-1?Q.length:i}
      ></certinomis-stepper>
      ${this.serverErrors.size>0?e`<div class="error">
              <strong>${u(n,`review.fix`)}</strong>
              <ul>
                ${[...this.serverErrors].map(([t,r])=>e`<li>${c(n,t)} : ${r}</li>`)}
              </ul>
            </div>`:f}
      ${a}
      ${this.renderButtons([`cancel`,`reset`,`back`,o?`order`:`next`],r===`submitting`,[`cancel`,`reset`])}
    `}renderButtons(t,n=!1,r=[]){return e`<certinomis-button-bar
      part="buttons"
      exportparts="order-button"
      locale=${this.context.locale}
      .actions=${t}
      .confirm=${r}
      ?busy=${n}
      @certinomis-action=${e=>this.onAction(e.detail.action)}
    ></certinomis-button-bar>`}onAction(e){let t=this.flow;if(!t)return;let n=t.snapshot.value,r={cancel:`purchase.cancel`,reset:`purchase.reset`,back:`purchase.back`,next:`purchase.next`,order:`purchase.submit`}[e];this.send({type:r});let i=t.snapshot;if((e===`reset`||e===`cancel`)&&(this.pendingFocus=`heading`),(e===`next`||e===`order`)&&i.value===n){let e=i.context.issues;e.length>0&&(this.announceErrors(e.map(e=>[e.field,y(this.context.locale,e.key,e.params)])),this.pendingFocus=`error`)}}announceErrors(e){let[t]=e;if(!t)return;let{locale:n}=this.context;this.announce(u(n,de(n,e.length,`form.errors`),{n:e.length,first:`${c(n,t[0])} : ${t[1]}`}))}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){let e=this.pendingFocus;if(!e)return;this.pendingFocus=null;let t=this.renderRoot.querySelector(`[data-screen]`);t&&(await t.updateComplete,e===`error`&&`focusFirstError`in t&&await t.focusFirstError()||await t.focusHeading())}};s([d({attribute:!1})],$.prototype,`context`,void 0),s([d({attribute:!1})],$.prototype,`catalog`,void 0),s([d({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),s([d()],$.prototype,`product`,void 0),s([d({attribute:!1})],$.prototype,`chosen`,void 0),s([r()],$.prototype,`serverErrors`,void 0),s([r()],$.prototype,`announcement`,void 0),$=s([p(`certinomis-purchase`)],$);export{$ as CertinomisPurchase};
//# sourceMappingURL=certinomis-purchase-BhLKrL8F.js.map