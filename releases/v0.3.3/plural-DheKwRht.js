import{F as e,I as t,L as n,P as r,V as i,g as a,h as o,z as s}from"./certinomis-order.js";var c=i`
:host{
display:flex;
flex-direction:column;
gap:0.25rem;
min-width:0;
}

label{
font-weight:600;
}

.req{
color:var(--_danger);
}

input,
select{
font:inherit;
color:inherit;
width:100%;
min-height:44px;
padding:0.5rem 0.65rem;
border:1px solid var(--_border);
border-radius:var(--_radius);
background:var(--_surface);
}

[aria-invalid='true']{
border-color:var(--_danger);
box-shadow:inset 4px 0 0 var(--_danger);
}

:disabled{
background:var(--_surface-alt);
}

p{
margin:0;
font-size:0.9rem;
}

.help{
color:var(--_muted);
}

.error{
color:var(--_danger);
font-weight:600;
}
`,l=class extends t{constructor(...e){super(...e),this.name=``,this.label=``,this.type=`text`,this.value=``,this.required=!1,this.disabled=!1,this.help=``,this.error=null,this.autocomplete=``,this.inputmode=``,this.min=null,this.max=null,this.options=[]}static{this.styles=[a,c]}static{this.shadowRootOptions={...t.shadowRootOptions,delegatesFocus:!0}}render(){let e=[this.help?`h`:``,this.error?`e`:``].join(` `).trim()||n,t=this.error?`true`:`false`,r=this.type===`select`?s`<select
id="c"
part="control"
?disabled=${this.disabled}
aria-required=${this.required?`true`:`false`}
aria-describedby=${e}
aria-invalid=${t}
autocomplete=${this.autocomplete||n}
.value=${this.value}
@input=${this.onInput}
@change=${this.onChange}
>
${this.options.map(e=>s`<option value=${e.value} ?selected=${e.value===this.value}>
${e.label}
</option>`)}
</select>`:s`<input
id="c"
part="control"
type=${this.type}
.value=${this.value}
?disabled=${this.disabled}
aria-required=${this.required?`true`:`false`}
aria-describedby=${e}
aria-invalid=${t}
autocomplete=${this.autocomplete||n}
inputmode=${this.inputmode||n}
min=${this.min??n}
max=${this.max??n}
@input=${this.onInput}
@change=${this.onChange}
/>`;return s`
<label for="c" part="label"
>${this.label}${this.required?s`<span class="req" aria-hidden="true"> *</span>`:n}</label
>
${r}
${this.help?s`<p id="h" class="help" part="help">${this.help}</p>`:n}
<p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
`}onInput(e){this.value=e.target.value}onChange(){this.dispatchEvent(new Event(`change`,{bubbles:!0}))}};o([r({reflect:!0})],l.prototype,`name`,void 0),o([r()],l.prototype,`label`,void 0),o([r()],l.prototype,`type`,void 0),o([r()],l.prototype,`value`,void 0),o([r({type:Boolean})],l.prototype,`required`,void 0),o([r({type:Boolean})],l.prototype,`disabled`,void 0),o([r()],l.prototype,`help`,void 0),o([r({reflect:!0})],l.prototype,`error`,void 0),o([r()],l.prototype,`autocomplete`,void 0),o([r()],l.prototype,`inputmode`,void 0),o([r({type:Number})],l.prototype,`min`,void 0),o([r({type:Number})],l.prototype,`max`,void 0),o([r({attribute:!1})],l.prototype,`options`,void 0),l=o([e(`certinomis-field`)],l);var u=/* @__PURE__ */ new Map;function d(e,t,n){let r=u.get(e);return r||(r=new Intl.PluralRules(e),u.set(e,r)),r.select(t)===`one`?`${n}.one`:n}export{c as n,d as t};
//# sourceMappingURL=plural-DheKwRht.js.map