import{B as e,C as t,H as n,K as r,R as i,S as a,V as o,W as s,c,z as l}from"./certinomis-core-BHKokcbu.js";import{C as u,F as d,H as f,I as p,P as m,R as h,S as g,_,b as v,m as y,nt as b,p as x,u as S,x as C,y as w}from"./machine-controller-BL3HRJtO.js";var T=[`civility`,`firstName`,`lastName`,`email`,`emailConfirmation`,`phone`,`country`,`companyName`,`siret`,`address`,`postalCode`,`city`],E=[`companyName`,`address`,`postalCode`,`city`,`country`,`email`],D=[`siret`,`serviceCode`,`chorusOrderNumber`,`transferReference`,`chequeNumber`,`bank`],O={mandate:[`siret`,`serviceCode`,`chorusOrderNumber`],transfer:[`transferReference`],cheque:[`chequeNumber`,`bank`]},k=[`usbReader`,`express`];function A(){return{customer:{},billingDifferent:!1,billing:{},options:{usbReader:!1,express:!1},payment:{},organisation:null,organisationStatus:`idle`,cgvAccepted:!1,cgvVersion:null,issues:[],order:null,submitError:null}}function j(e){return e.organisation?.firstCertificate===!0&&!e.renewalOf}function M(e){if(e.method===void 0)return{};let t={method:e.method};for(let n of O[e.method])t[n]=e[n];return t}var N=[`products`,`quantity`,`identification`,`options`,`payment`,`review`];function P(e){return typeof e==`string`&&N.includes(e)}function F(e,t=``){let n=/* @__PURE__ */ new Set,r=[];for(let i of e){let e=m(i),a=t&&e?`${t}.${e}`:t||e;if(n.has(a))continue;n.add(a);let o=p(i),s=d(i);r.push({field:a,key:h(o)?o:`validation.type`,...Object.keys(s).length>0?{params:s}:{}})}return r}function I(e,t,n){let r=b(e,t);return r.success?[]:F(r.issues,n)}function L(e,t){let n=I(v,e,`product`);return n.length>0||t===null||e===null?n:t.includes(e.trim())?[]:[{field:`product`,key:`validation.product_unknown`}]}function R(e){return I(g,e,`quantity`)}function z(e,t){let{organisation:n,organisationStatus:r}=e;switch(r){case`found`:return n===null||n.siret!==t?`validation.siret_unverified`:n.active?null:`validation.siret_closed`;case`pending`:return`validation.siret_pending`;case`unknown`:return`validation.siret_unknown`;case`closed`:return`validation.siret_closed`;case`error`:return`validation.siret_lookup_failed`;case`idle`:return`validation.siret_unverified`}}function B(e){let t=I(_,e.customer,`customer`);if(!t.some(e=>e.field===`customer.siret`)){let n=b(u,e.customer.siret),r=n.success?z(e,n.output):null;r!==null&&t.push({field:`customer.siret`,key:r})}return e.billingDifferent&&t.push(...I(x,e.billing,`billing`)),t}function V(e){let t=I(C,e.options,`options`);return j(e)&&e.options.usbReader!==!0&&!t.some(e=>e.field===`options.usbReader`)&&t.push({field:`options.usbReader`,key:`validation.usb_reader_required`}),t}function H(e){let t=I(w,M(e.payment),`payment`);return e.payment.method===`mandate`&&e.organisation?.publicAdministration!==!0&&t.unshift({field:`payment.method`,key:`validation.mandate_public_only`}),t}function U(e){return e.cgvAccepted===!0&&f(y,e.cgvVersion)?[]:[{field:`cgvAccepted`,key:`validation.cgv_required`}]}function W(e,t){switch(e){case`products`:return L(t.product,t.productCodes);case`quantity`:return R(t.quantity);case`identification`:return B(t);case`options`:return V(t);case`payment`:return H(t);case`review`:return U(t)}}function G(e){return N.flatMap(t=>W(t,e))}var K=r`
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
`,q=class extends o{constructor(...e){super(...e),this.locale=`fr`,this.actions=[],this.busy=!1,this.confirm=[],this.asking=null}static{this.styles=[t,K]}render(){let{locale:e}=this;if(this.asking)return this.renderQuestion(this.asking);let t=e=>this.actions.includes(e),r=(e,r,i=``)=>t(e)?s`<button
type="button"
class=${i}
data-action=${e}
?disabled=${this.busy}
@click=${()=>this.ask(e)}
>
${r}
</button>`:n;return s`<div class="bar" role="group" aria-label=${S(e,`buttons.label`)}>
<div class="secondary">
${r(`cancel`,S(e,`button.cancel`))} ${r(`reset`,S(e,`button.reset`))}
</div>
<div class="primary-group">
${r(`back`,S(e,`button.back`))}
${t(`next`)?s`<button type="button" class="primary" part="next-button" @click=${()=>this.act(`next`)}>
${S(e,`button.next`)}
</button>`:n}
${t(`order`)?s`<button
type="button"
class="primary"
part="order-button"
?disabled=${this.busy}
aria-busy=${this.busy?`true`:`false`}
@click=${()=>this.act(`order`)}
>
${S(e,this.busy?`button.ordering`:`button.order`)}
</button>`:n}
</div>
</div>`}renderQuestion(e){let{locale:t}=this;return s`<div
class="bar question"
role="group"
aria-labelledby="q"
@keydown=${e=>{e.key===`Escape`&&this.answer(!1)}}
>
<p id="q">${S(t,e===`reset`?`confirm.resetQuestion`:`confirm.cancelQuestion`)}</p>
<div class="answers">
<button type="button" class="keep" @click=${()=>this.answer(!1)}>
${S(t,`confirm.keep`)}
</button>
<button type="button" class="danger" @click=${()=>this.answer(!0)}>
${S(t,e===`reset`?`confirm.resetYes`:`confirm.cancelYes`)}
</button>
</div>
</div>`}ask(e){(e===`cancel`||e===`reset`)&&this.confirm.includes(e)?(this.asking=e,this.updateComplete.then(()=>this.renderRoot.querySelector(`button.keep`)?.focus())):this.act(e)}answer(e){let t=this.asking;this.asking=null,t&&(e?this.act(t):this.updateComplete.then(()=>this.renderRoot.querySelector(`button[data-action="${t}"]`)?.focus()))}act(e){this.dispatchEvent(new CustomEvent(`certinomis-action`,{detail:{action:e},bubbles:!0,composed:!0}))}};a([l()],q.prototype,`locale`,void 0),a([l({attribute:!1})],q.prototype,`actions`,void 0),a([l({type:Boolean})],q.prototype,`busy`,void 0),a([l({attribute:!1})],q.prototype,`confirm`,void 0),a([i()],q.prototype,`asking`,void 0),q=a([e(`certinomis-button-bar`)],q);var J=r`
${c}

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
`;function Y(e){return s`<certinomis-field
part="field"
class=${e.wide?`wide`:``}
name=${e.name}
label=${e.label}
type=${e.type??`text`}
.value=${e.value}
?required=${e.required??!0}
help=${e.help??``}
error=${e.error??n}
autocomplete=${e.autocomplete??``}
inputmode=${e.inputmode??``}
.options=${e.options??[]}
@input=${t=>e.onInput(t.target.value)}
@change=${()=>e.onChange?.()}
></certinomis-field>`}var X=r`
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
`;export{j as _,G as a,R as c,E as d,T as f,M as g,A as h,N as i,W as l,D as m,Y as n,P as o,k as p,J as r,L as s,X as t,F as u};
//# sourceMappingURL=stepper.styles-ucdWOiOf.js.map