var e=globalThis,t=e.ShadowRoot&&(e.ShadyCSS===void 0||e.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,n=Symbol(),r=/* @__PURE__ */ new WeakMap,i=class{constructor(e,t,r){if(this._$cssResult$=!0,r!==n)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,n=this.t;if(t&&e===void 0){let t=n!==void 0&&n.length===1;t&&(e=r.get(n)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),t&&r.set(n,e))}return e}toString(){return this.cssText}},a=e=>new i(typeof e==`string`?e:e+``,void 0,n),o=(e,...t)=>new i(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,n),s=(n,r)=>{if(t)n.adoptedStyleSheets=r.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let t of r){let r=document.createElement(`style`),i=e.litNonce;i!==void 0&&r.setAttribute(`nonce`,i),r.textContent=t.cssText,n.appendChild(r)}},c=t?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return a(t)})(e):e,{is:l,defineProperty:u,getOwnPropertyDescriptor:d,getOwnPropertyNames:ee,getOwnPropertySymbols:te,getPrototypeOf:ne}=Object,f=globalThis,re=f.trustedTypes,ie=re?re.emptyScript:``,ae=f.reactiveElementPolyfillSupport,p=(e,t)=>e,m={toAttribute(e,t){switch(t){case Boolean:e=e?ie:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},h=(e,t)=>!l(e,t),oe={attribute:!0,type:String,converter:m,reflect:!1,useDefault:!1,hasChanged:h};Symbol.metadata??=Symbol(`metadata`),f.litPropertyMetadata??=/* @__PURE__ */ new WeakMap;var g=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=oe){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&u(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=d(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??oe}static _$Ei(){if(this.hasOwnProperty(p(`elementProperties`)))return;let e=ne(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(p(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(p(`properties`))){let e=this.properties,t=[...ee(e),...te(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=/* @__PURE__ */ new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(c(e))}else e!==void 0&&t.push(c(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=/* @__PURE__ */ new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=/* @__PURE__ */ new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=/* @__PURE__ */ new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return s(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?m:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?m:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??h)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=/* @__PURE__ */ new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=/* @__PURE__ */ new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=/* @__PURE__ */ new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};g.elementStyles=[],g.shadowRootOptions={mode:`open`},g[p(`elementProperties`)]=/* @__PURE__ */ new Map,g[p(`finalized`)]=/* @__PURE__ */ new Map,ae?.({ReactiveElement:g}),(f.reactiveElementVersions??=[]).push(`2.1.2`);var _=globalThis,se=e=>e,v=_.trustedTypes,ce=v?v.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,y=`$lit$`,b=`lit$${Math.random().toFixed(9).slice(2)}$`,le=`?`+b,ue=`<${le}>`,x=document,S=()=>x.createComment(``),C=e=>e===null||typeof e!=`object`&&typeof e!=`function`,w=Array.isArray,de=e=>w(e)||typeof e?.[Symbol.iterator]==`function`,T=`[ 	
\f\r]`,E=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,fe=/-->/g,pe=/>/g,D=RegExp(`>|${T}(?:([^\\s"'>=/]+)(${T}*=${T}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),me=/'/g,he=/"/g,ge=/^(?:script|style|textarea|title)$/i,O=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),k=Symbol.for(`lit-noChange`),A=Symbol.for(`lit-nothing`),_e=/* @__PURE__ */ new WeakMap,j=x.createTreeWalker(x,129);function ve(e,t){if(!w(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return ce===void 0?t:ce.createHTML(t)}var ye=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=E;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===E?c[1]===`!--`?o=fe:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=D):(ge.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=D):o=pe:o===D?c[0]===`>`?(o=i??E,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?D:c[3]===`"`?he:me):o===he||o===me?o=D:o===fe||o===pe?o=E:(o=D,i=void 0);let d=o===D&&e[t+1].startsWith(`/>`)?` `:``;a+=o===E?n+ue:l>=0?(r.push(s),n.slice(0,l)+y+n.slice(l)+b+d):n+b+(l===-2?t:d)}return[ve(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},be=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=ye(t,n);if(this.el=e.createElement(l,r),j.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=j.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(y)){let t=u[o++],n=i.getAttribute(e).split(b),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?Se:r[1]===`?`?Ce:r[1]===`@`?we:P}),i.removeAttribute(e)}else e.startsWith(b)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(ge.test(i.tagName)){let e=i.textContent.split(b),t=e.length-1;if(t>0){i.textContent=v?v.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],S()),j.nextNode(),c.push({type:2,index:++a});i.append(e[t],S())}}}else if(i.nodeType===8){if(i.data===le)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(b,e+1))!==-1;)c.push({type:7,index:a}),e+=b.length-1}}a++}}static createElement(e,t){let n=x.createElement(`template`);return n.innerHTML=e,n}};function M(e,t,n=e,r){if(t===k)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=C(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=M(e,i._$AS(e,t.values),i,r)),t}var xe=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??x).importNode(t,!0);j.currentNode=r;let i=j.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new N(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new Te(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=j.nextNode(),a++)}return j.currentNode=x,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},N=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=M(this,e,t),C(e)?e===A||e==null||e===``?(this._$AH!==A&&this._$AR(),this._$AH=A):e!==this._$AH&&e!==k&&this._(e):e._$litType$===void 0?e.nodeType===void 0?de(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==A&&C(this._$AH)?this._$AA.nextSibling.data=e:this.T(x.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=be.createElement(ve(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new xe(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=_e.get(e.strings);return t===void 0&&_e.set(e.strings,t=new be(e)),t}k(t){w(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(S()),this.O(S()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=se(e).nextSibling;se(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},P=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=A,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(/* @__PURE__ */ new String),this.strings=n):this._$AH=A}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=M(this,e,t,0),a=!C(e)||e!==this._$AH&&e!==k,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=M(this,r[n+o],t,o),s===k&&(s=this._$AH[o]),a||=!C(s)||s!==this._$AH[o],s===A?e=A:e!==A&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===A?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},Se=class extends P{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===A?void 0:e}},Ce=class extends P{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==A)}},we=class extends P{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=M(this,e,t,0)??A)===k)return;let n=this._$AH,r=e===A&&n!==A||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==A&&(n===A||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Te=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){M(this,e)}},Ee={M:y,P:b,A:le,C:1,L:ye,R:xe,D:de,V:M,I:N,H:P,N:Ce,U:we,B:Se,F:Te},De=_.litHtmlPolyfillSupport;De?.(be,N),(_.litHtmlVersions??=[]).push(`3.3.3`);var Oe=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new N(t.insertBefore(S(),e),e,void 0,n??{})}return i._$AI(e),i},F=globalThis,I=class extends g{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Oe(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return k}};I._$litElement$=!0,I.finalized=!0,F.litElementHydrateSupport?.({LitElement:I});var ke=F.litElementPolyfillSupport;ke?.({LitElement:I}),(F.litElementVersions??=[]).push(`4.2.2`);var L=e=>(t,n)=>{n===void 0?customElements.define(e,t):n.addInitializer(()=>{customElements.define(e,t)})},Ae={attribute:!0,type:String,converter:m,reflect:!1,hasChanged:h},je=(e=Ae,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=/* @__PURE__ */ new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function R(e){return(t,n)=>typeof n==`object`?je(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function z(e){return R({...e,state:!0,attribute:!1})}var Me=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function Ne(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return Me(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return Me(n,r,{get(){return a(this)}})}}var B=class extends Error{constructor(e,t,n=null){super(t?.title??(e===0?`network`:`HTTP ${e}`)),this.status=e,this.problem=t,this.retryAfter=n,this.name=`ApiError`}get isNetwork(){return this.status===0}},Pe=class{constructor(e){this.options=e}getCatalog(e){return this.request(`GET`,`/v1/catalog`,void 0,e)}getQuote(e,t){return this.request(`POST`,`/v1/quotes`,e,t)}getOrganisation(e,t){return this.request(`GET`,`/v1/organisations/${encodeURIComponent(e)}`,void 0,t)}getCgv(e){return this.request(`GET`,`/v1/cgv`,void 0,e)}placeOrder(e,t){return this.request(`POST`,`/v1/orders`,e,void 0,{"Idempotency-Key":t})}url(e){return new URL(e.replace(/^\//,``),Fe(this.options.baseUrl))}async checked(e){if(e.ok)return e;let t=null;try{t=await e.json()}catch{t=null}let n=Number(e.headers.get(`Retry-After`)??NaN);throw new B(e.status,t,Number.isFinite(n)?Math.max(1,Math.ceil(n)):null)}async request(e,t,n,r,i={}){let a=new URL(t.replace(/^\//,``),Fe(this.options.baseUrl)),o={method:e,headers:{Accept:`application/json`,"Accept-Language":this.options.locale,...this.options.partnerKey?{"X-Partner-Key":this.options.partnerKey}:{},...n===void 0?{}:{"Content-Type":`application/json`},...i},...n===void 0?{}:{body:JSON.stringify(n)},...r?{signal:r}:{}},s;try{s=await(this.options.fetch??fetch)(a,o)}catch(e){throw r?.aborted?e:new B(0,null)}if(s.ok)return await s.json();let c=null;try{c=await s.json()}catch{c=null}throw new B(s.status,c)}};function Fe(e){let t=new URL(e,globalThis.location?.href??`http://localhost/`);return t.pathname.endsWith(`/`)||(t.pathname+=`/`),t.toString()}var Ie=(e,t)=>t(),Le=(e,t)=>Ie(e,t);function Re(e){Ie=e}function ze(e){try{let[t,n]=JSON.parse(e),r=t.map(e=>e.split(` `));return Object.fromEntries(Object.entries(n).map(([e,t])=>[e,t.map(e=>r[e]??[``,``])]))}catch{return null}}var V=ze('[["account-en-BtyWXrUN.js sha256-yw43G0nE8WjPJ5V9gpP4sjgqtQLvBHXjj7EyLbiiRxg=","certinomis-dossier-CYizLHjt.js sha256-IDLchj2m3hMCNg7qoTegSvTyVrn4McGWFxhrPr52lyY=","certinomis-purchase-DwgE-oLT.js sha256-78OABIxp2uBWCPKcJKo5uHq5ogeIHi0AIZN5EAO09ME=","client-space-CNcnV1wE.js sha256-7M47QAldz4kOsRtlAhoEt97EQ1qCDwP3ot32VuAzvtw=","common-en-U-98z8ll.js sha256-Ja7qLrt7OeaSSsZd3OBz8Lki5NC+lJeviLjjhZtAsZQ=","dashboard-en-MESsDGhk.js sha256-LrVrV2fUBZ85w+XdwLyGL/B3PFqJZsNToD7ePFDc7Zk=","date-time-CPst7M_h.js sha256-w7uuJB2NwF0aKpBnRg+TCrq8/z1J4xDKw6thkE6pNcY=","dossier-en-CUUeNYrv.js sha256-QJWNkav1e1L8Zsg4CHirbDKUUo9/GWrIiNwa6g5NGqY=","dossier-en-CZMtw7ps.js sha256-UZvQlOBzYnuNiqbgdGFnavA8Kz9ADJ5bQpyqsqq9O7Y=","element-en-QQIGGqbA.js sha256-3Z51NV+dy1WdJeTAd7iQx+kThQmv/G4FK7diCGIbyHU=","fields-en-DtVjfl54.js sha256-hvgMdCxO3pMOHnHBRYCi7+feUwuVNQ41r9hw6SA4gp0=","machine-controller-DopOd4qV.js sha256-iXdzce2xOR/dyMK6y8FphIy96zXvdQ7YA2fYyIHvv0s=","plural-DheKwRht.js sha256-k+60Xe3SEwVQ8OAsmy5y35RR4tbpO+vb8kP/1jrmaUc=","purchase-en-YrTZqq2T.js sha256-LX/Kk/BF4O3B8Gna0fkHCtFKID2fm2+YQ2Ixbs8Ug+M=","purchase-shared-BqDOY6g7.js sha256-1UwYc/rRbnFmYKWAIBLNbEiWOGOgObv2B3amWliajvI=","shell-en-BWaJzJEO.js sha256-oWMPI9nK/0AbFg+YLhrpzIcnrToD+SSKX4NGlCKIrfs=","space-en-B25kclDI.js sha256-FrK2BzhIJrxc9Xx4cIEk/nFeksCqMyaaw8YdVcxFcag=","space-machine-part-Dmm7GBv3.js sha256-2i2HIlLOpEB+MZU1H4sqWMViNPHHR1ail/OHp28JzeM=","space-screens-en-_HsRGMXQ.js sha256-1fmKRs15LkaTBYuz7lyBpa1ooNhocv5Wf2hKxFKz9Ao="],{"purchase":[2,11,14,12],"space":[3,12],"spaceMachine":[17,6,11,14,12,3],"dossier":[1,6,11,14,12],"machines/messages/account-en.ts":[0],"widget/i18n/dashboard-en.ts":[5,4],"machines/messages/dossier-en.ts":[7],"widget/i18n/dossier-en.ts":[8,4],"widget/i18n/element-en.ts":[9,4,15],"machines/messages/fields-en.ts":[10],"machines/messages/purchase-en.ts":[13],"widget/i18n/shell-en.ts":[15,4],"widget/i18n/space-en.ts":[16,4],"widget/i18n/space-screens-en.ts":[18]}]'),H=/* @__PURE__ */ new Map;function Be(e,t){let n=new URL(e,import.meta.url).href,r=H.get(n);return r||(r=new Promise((r,i)=>{let a=document.createElement(`link`);a.rel=`modulepreload`,a.href=n,a.integrity=t,a.crossOrigin=`anonymous`,a.addEventListener(`load`,()=>r()),a.addEventListener(`error`,()=>{H.delete(n),a.remove(),i(/* @__PURE__ */ Error(`${e}: not loaded or integrity mismatch`))}),document.head.append(a)}),H.set(n,r)),r}function Ve(e){for(let[t,n]of V?.[e]??[])Be(t,n).catch(()=>{})}async function U(e,t){if(V){let t=V[e];if(!t)throw Error(`${e}: not in the integrity manifest`);await Promise.all(t.map(([e,t])=>Be(e,t)))}return t()}Re(U);var He=(()=>{try{let e=new URL(import.meta.url).origin;return e===`null`?globalThis.location.origin:e}catch{return globalThis.location.origin}})();function Ue(e){(globalThis.requestIdleCallback??(e=>setTimeout(e,200)))(e)}var We=[`fr`,`en`];function Ge(e){return e?.toLowerCase().startsWith(`en`)?`en`:`fr`}var W=/* @__PURE__ */ new Map;function Ke(e,t={}){return e.replace(/\{(\w+)\}/g,(e,n)=>n in t?String(t[n]):e)}function qe(e){let t=e.fr,n=/* @__PURE__ */ new Map([[`fr`,t]]);for(let[t,r]of Object.entries(e))if(typeof r!=`function`)n.set(t,r);else{let e=async()=>{n.has(t)||n.set(t,await r())},i=W.get(t)??/* @__PURE__ */ new Set;W.set(t,i),i.add(e)}let r=(e,r)=>(n.get(e)??t)[r]??t[r];return{text:(e,t,n)=>Ke(r(e,t),n),parts:(e,t,n)=>r(e,t).split(/(\{\w+\})/).filter(e=>e!==``).map(e=>{let t=/^\{(\w+)\}$/.exec(e)?.[1];return t!==void 0&&t in n?n[t]:e}),has:e=>Object.hasOwn(t,e),provide:(e,t)=>{n.set(e,t)}}}function Je(e){return e===`fr`||(W.get(e)?.size??0)===0}async function G(e){let t=W.get(e);t&&t.size!==0&&await Promise.all([...t].map(async e=>{await e(),t.delete(e)}))}var Ye={required:`Les champs marqués d’un * sont obligatoires.`,errors:`{n} champs à corriger. {first}`,errorsOne:`{n} champ à corriger. {first}`,retry:`Réessayer`,language:`Langue`,network:`Le service est momentanément injoignable. Vérifiez votre connexion puis réessayez.`,failed:`La demande n’a pas abouti. Réessayez dans un instant.`},Xe={"brand.logo":`Logo {name}`,"brand.test":`Mode test`,"brand.testHint":`les commandes de test ne sont jamais honorées`,"catalog.heading":`Liste des produits`,"catalog.loading":`Chargement du catalogue…`,"catalog.unreachable":`Le service de commande est momentanément injoignable.`,"catalog.unreachableHint":`Vérifiez votre connexion puis réessayez.`,"catalog.failed":`Le catalogue n’a pas pu être chargé.`,"catalog.empty":`Aucun produit n’est disponible pour le moment.`,"catalog.retry":Ye.retry,"catalog.intro":`Sélectionnez la durée de validité du certificat en cliquant sur Commander. Tous les certificats sont utilisables pour signer des marchés publics, des flux PES, et pour s’authentifier (logiciels de télétransmission des actes).`,"purchase.loading":`Chargement de la commande…`,"space.loading":`Chargement de l’espace client…`,"product.order":`Commander`,"product.more":`En savoir plus →`,"product.less":`Masquer le détail`,"product.ht":`HT`,"product.validity.one":`{n} an`,"product.validity.other":`{n} ans`,"product.orderLabel":`Commander : {label}`,"product.moreLabel":`En savoir plus : {label}`},K=qe({fr:Xe,en:()=>Le(`widget/i18n/shell-en.ts`,()=>import(`./shell-en-BWaJzJEO.js`)).then(e=>e.shellEn)}).text,Ze=/* @__PURE__ */ new Map;function Qe(e,t,n=`EUR`){let r=e%100==0,i=`${t}:${n}:${r}`,a=Ze.get(i);return a||(a=new Intl.NumberFormat(t===`fr`?`fr-FR`:`en-GB`,{style:`currency`,currency:n,minimumFractionDigits:r?0:2,maximumFractionDigits:2}),Ze.set(i,a)),a.format(e/100)}var q=o`
:host{
--_primary:var(--certinomis-color-primary,var(--_brand-primary,#1d4f91));
--_primary-contrast:var(
--certinomis-color-primary-contrast,
var(--_brand-on-primary,#ffffff)
);
--_accent:var(--certinomis-color-accent,var(--_brand-accent,#f59e0b));
--_text:var(--certinomis-color-text,#1f2933);
--_muted:var(--certinomis-color-muted,#52606d);
--_surface:var(--certinomis-color-surface,#ffffff);
--_surface-alt:var(--certinomis-color-surface-alt,#f3f5f8);
--_border:var(--certinomis-color-border,#cbd2d9);
--_danger:var(--certinomis-color-danger,#b42318);
--_focus:var(--certinomis-color-focus,var(--_accent));
--_radius:var(--certinomis-radius,8px);
--_space:var(--certinomis-spacing,1rem);
font-family:var(
--certinomis-font-family,
var(--_brand-font,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif)
);
color:var(--_text);
line-height:1.5;
}

:host([hidden]){
display:none;
}

*,
*::before,
*::after{
box-sizing:border-box;
}

button{
font:inherit;
cursor:pointer;
border-radius:var(--_radius);
padding:0.6em 1.1em;
min-height:44px;
}

button.primary{
background:var(--_primary);
color:var(--_primary-contrast);
border:1px solid var(--_primary);
font-weight:600;
}

button.link{
background:none;
border:none;
color:var(--_primary);
padding:0.25em 0;
text-decoration:underline;
text-underline-offset:0.2em;
}

button:focus-visible,
a:focus-visible,
input:focus-visible,
select:focus-visible{
outline:3px solid var(--_focus);
outline-offset:2px;
}

.visually-hidden{
position:absolute;
width:1px;
height:1px;
overflow:hidden;
clip:rect(0 0 0 0);
white-space:nowrap;
}
`,$e=o`
:host{
display:block;
}

h2{
font-size:1.35rem;
margin:0 0 calc(var(--_space) * 0.5);
}

.intro{
color:var(--_muted);
margin:0 0 var(--_space);
}

ul.cards{
list-style:none;
margin:0;
padding:0;
display:grid;
gap:var(--_space);
grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));
}

li.card,
li.empty{
display:flex;
flex-direction:column;
gap:0.5rem;
padding:var(--_space);
background:var(--_surface);
border:1px solid var(--_border);
border-radius:var(--_radius);
}

li.empty>*{
visibility:hidden;
}

h3{
font-size:1.1rem;
margin:0;
}

.blurb{
margin:0;
color:var(--_muted);
}

.price{
font-size:1.5rem;
font-weight:700;
margin:0;
}

.price small{
font-size:0.9rem;
font-weight:400;
}

.validity{
display:inline-block;
align-self:flex-start;
background:var(--_surface-alt);
border-radius:999px;
padding:0.1rem 0.7rem;
font-size:0.9rem;
}

.features{
margin:0;
padding-left:1.1rem;
font-size:0.95rem;
}

.actions{
margin-top:auto;
display:flex;
flex-direction:column;
align-items:stretch;
gap:0.25rem;
}


button[aria-busy='true']{
cursor:progress;
opacity:0.75;
}
button[aria-busy='true']::after{
content:'';
display:inline-block;
width:0.8em;
height:0.8em;
margin-inline-start:0.5em;
vertical-align:-0.1em;
border:2px solid currentColor;
border-inline-end-color:transparent;
border-radius:50%;
animation:certinomis-spin 0.8s linear infinite;
}
@keyframes certinomis-spin{
to{
transform:rotate(360deg);
}
}
@media (prefers-reduced-motion:reduce){
button[aria-busy='true']::after{
animation:none;
}
}
`;function J(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a}var et=()=>O`<li class="empty" aria-hidden="true">
<h3>&nbsp;</h3>
<p class="blurb">&nbsp;</p>
<p class="price">&nbsp;</p>
<span class="validity">&nbsp;</span>
<div class="actions">
<button class="primary" disabled tabindex="-1">&nbsp;</button>
<button class="link" disabled tabindex="-1">&nbsp;</button>
</div>
</li>`,Y=class extends I{constructor(...e){super(...e),this.locale=`fr`,this.products=[],this.placeholder=!1,this.busy=null,this.expanded=/* @__PURE__ */ new Set}static{this.styles=[q,$e]}render(){let{locale:e}=this;return O`
<h2 tabindex="-1">${K(e,`catalog.heading`)}</h2>
<p class="intro">${K(e,`catalog.intro`)}</p>
<ul class="cards">
${this.placeholder?[0,1,2].map(et):this.products.map(e=>this.renderCard(e))}
</ul>
`}renderCard(e){let{locale:t}=this,n=this.expanded.has(e.code),r=K(t,e.validityYears===1?`product.validity.one`:`product.validity.other`,{n:e.validityYears}),i=`details-${e.code}`;return O`
<li class="card" part="card" data-code=${e.code}>
<h3>${e.label}</h3>
<p class="blurb">${e.blurb}</p>
<p class="price">
${Qe(e.priceHt,t)} <small>${K(t,`product.ht`)}</small>
</p>
<span class="validity">${r}</span>
<ul class="features" id=${i} ?hidden=${!n}>
${e.features.map(e=>O`<li>${e}</li>`)}
</ul>
<div class="actions">
<button
class="primary"
part="order-button"
aria-busy=${this.busy===e.code?`true`:`false`}
aria-label=${K(t,`product.orderLabel`,{label:e.label})}
@click=${()=>this.select(e.code)}
>
${K(t,`product.order`)}
</button>
<button
class="link"
aria-expanded=${n?`true`:`false`}
aria-controls=${i}
aria-label=${K(t,`product.moreLabel`,{label:e.label})}
@click=${()=>this.toggle(e.code)}
>
${K(t,n?`product.less`:`product.more`)}
</button>
</div>
</li>
`}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}toggle(e){let t=new Set(this.expanded);t.delete(e)||t.add(e),this.expanded=t}select(e){this.dispatchEvent(new CustomEvent(`certinomis-product-select`,{detail:{code:e},bubbles:!0,composed:!0}))}};J([R({attribute:!1})],Y.prototype,`locale`,void 0),J([R({attribute:!1})],Y.prototype,`products`,void 0),J([R({type:Boolean})],Y.prototype,`placeholder`,void 0),J([R({attribute:!1})],Y.prototype,`busy`,void 0),J([z()],Y.prototype,`expanded`,void 0),Y=J([L(`certinomis-product-list`)],Y);function tt(e){return`certinomis-order:${e||`public`}:purchase`}function nt(){try{return globalThis.sessionStorage??null}catch{return null}}function rt(e){try{return nt()?.getItem(tt(e))!=null}catch{return!1}}var it=/^#[0-9a-fA-F]{6}$/,at=/^[\p{L}\p{N} ,'"_-]+$/u,ot=/^(https:\/\/[^\s"'()\\]+|\/(?!\/)[^\s"'()\\]*)$/,st={displayName:`CERTINOMIS`,logoUrl:null,colors:{primary:`#1d4f91`,onPrimary:`#ffffff`,accent:`#f59e0b`},font:null,defaultLocale:`fr`};function ct(e){let t=e&&typeof e==`object`?e:{},n=t.colors&&typeof t.colors==`object`?t.colors:{},r=(e,t,n)=>typeof e==`string`&&t(e)?e:n,i=e=>r(n[e],e=>it.test(e),st.colors[e]);return{displayName:r(t.displayName,e=>e.trim().length>0,``).trim().slice(0,80)||st.displayName,logoUrl:r(t.logoUrl,e=>e.length<=2e3&&ot.test(e),null),colors:{primary:i(`primary`),onPrimary:i(`onPrimary`),accent:i(`accent`)},font:r(t.font,e=>e.length<=200&&at.test(e),null),defaultLocale:We.includes(t.defaultLocale)?t.defaultLocale:st.defaultLocale}}function lt(e,t){let n=e&&typeof e==`object`?e:{},r=ct(n.branding),i=null;try{i=r.logoUrl?new URL(r.logoUrl,t).href:null}catch{i=null}return{branding:r,test:n.mode===`test`,logo:i}}function ut({colors:e,font:t}){return`:host{--_brand-primary:${e.primary};--_brand-on-primary:${e.onPrimary};--_brand-accent:${e.accent}}${t?`:host{--_brand-font:${t}}`:``}`}function dt(e,t,n){if(!(e instanceof ShadowRoot)||!e.adoptedStyleSheets)return null;let r=n??new CSSStyleSheet;return r.replaceSync(ut(t.branding)),e.adoptedStyleSheets.includes(r)||(e.adoptedStyleSheets=[...e.adoptedStyleSheets,r]),r}function ft(e,t){return e.logo?O`<img
class="brand-logo"
part="logo"
src=${e.logo}
alt=${K(t,`brand.logo`,{name:e.branding.displayName})}
@error=${e=>{e.target.hidden=!0}}
/>`:A}function pt(e,t){return e.test?O`<span class="test-badge" part="test-badge" title=${K(t,`brand.testHint`)}
>${K(t,`brand.test`)}<span class="visually-hidden"
>: ${K(t,`brand.testHint`)}</span
></span
>`:A}function mt(e,t){return O`<div class="brand" part="brand">
${ft(e,t)}<span class="brand-name">${e.branding.displayName}</span>
${pt(e,t)}
</div>`}var ht=o`
.brand{
display:flex;
flex-wrap:wrap;
align-items:center;
gap:0.25rem 0.6rem;
padding-bottom:0.5rem;
border-bottom:2px solid var(--_accent);
}


.brand-placeholder{
display:flex;
align-items:center;
min-height:2rem;
padding-bottom:0.5rem;
border-bottom:2px solid transparent;
color:var(--_muted);
}

.brand-name{
font-weight:700;
font-size:1.05rem;
}

.brand-logo{
display:block;
height:2rem;
width:auto;
max-width:9rem;
object-fit:contain;
}

.test-badge{
margin-left:auto;
padding:0.05rem 0.55rem;
border:1px solid var(--_accent);
border-radius:999px;
background:var(--_surface-alt);
font-size:0.75rem;
font-weight:600;
letter-spacing:0.03em;
text-transform:uppercase;
white-space:nowrap;
}
`,gt=e=>`certinomis-order:${e||`public`}:locale`;function _t(e){try{let t=globalThis.sessionStorage?.getItem(gt(e));return t===`fr`||t===`en`?t:null}catch{return null}}function vt(e,t){try{let n=globalThis.sessionStorage;t===`fr`?n?.removeItem(gt(e)):n?.setItem(gt(e),t)}catch{}}function X(e,t,n){e.dispatchEvent(new CustomEvent(t,{detail:n,bubbles:!0,composed:!0}))}function yt(e,t,n){X(e,`certinomis:error`,{status:t.status,title:t.problem?.title??n})}var bt=o`
:host{
display:block;
container-type:inline-size;
}

.frame{
display:flex;
flex-direction:column;
gap:var(--_space);
background:var(--_surface);
padding:var(--_space);
border-radius:var(--_radius);
}

header{
display:flex;
flex-wrap:wrap;
align-items:center;
justify-content:space-between;
gap:0.5rem 1rem;
}

@container (max-width:24rem){
.frame{
padding:calc(var(--_space) * 0.5);
}
}
`,xt=o`
:host{
display:flex;
flex-direction:column;
gap:var(--_space);
}

h2{
font-size:1.35rem;
margin:0;
}

p{
margin:0;
}
`,St=class{constructor(e,t){this.host=e,this.locale=t,this.loading=null,e.addController(this)}hostUpdate(){this.ready()}ready(e=this.locale()){return Je(e)?!0:(this.loading??=G(e).catch(()=>void 0).finally(()=>{this.loading=null,this.host.requestUpdate()}),!1)}get settled(){return this.loading??Promise.resolve()}},Ct=o`
.status{
padding:var(--_space);
border:1px dashed var(--_border);
border-radius:var(--_radius);
color:var(--_muted);
}

.error{
padding:var(--_space);
border:1px solid var(--_danger);
border-left-width:6px;
border-radius:var(--_radius);
}

.error strong{
display:block;
color:var(--_danger);
}

.error p{
margin:0.25rem 0 0.75rem;
}

.error ul{
margin:0.25rem 0 0;
padding-left:1.2rem;
}
`;function Z(e){return O`<div class="status" role="status" aria-live="polite">${e}</div>`}function wt(e){return O`<div class="frame">
<div class="brand-placeholder" role="status" aria-live="polite">
${K(e,`catalog.loading`)}
</div>
<certinomis-product-list placeholder .locale=${e}></certinomis-product-list>
</div>`}function Tt(e,t,n,r){return O`<div class="error" role="alert">
<strong>${e}</strong>
<p>${t}</p>
<button class="primary" @click=${r}>${K(n,`catalog.retry`)}</button>
</div>`}function Q(e,t){return Tt(K(e,`catalog.unreachable`),K(e,`catalog.unreachableHint`),e,t)}function Et(e,t,n){return t.isNetwork?Q(e,n):Tt(K(e,`catalog.failed`),t.problem?.detail??t.message,e,n)}var $=class extends I{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=null,this.mode=`purchase`,this.product=null,this.language=new St(this,()=>this.context?.locale??`fr`),this.load={state:`loading`},this.brand=null,this.brandLocale=null,this.brandSheet=null,this.space=`idle`,this.purchaseChunk=`idle`,this.purchase=null,this.purchaseStart=null,this.listAnnounced=!1,this.abort=null,this.purchaseLoad=null,this.prefetchPurchase=()=>{this.purchaseChunk===`idle`&&this.loadPurchase()}}static{this.styles=[q,bt,Ct,ht]}get state(){return this.purchaseStart?this.purchase?.state??null:this.mode!==`space`&&this.load.state===`ready`?`products`:null}fill(e){this.purchase?.fill(e)}async getUpdateComplete(){let e=await super.getUpdateComplete();for(;!this.language.ready();)await this.language.settled,e=await super.getUpdateComplete();return await this.purchase?.updateComplete??e}get apiBase(){return new URL(this.api||He,globalThis.location.href).href}willUpdate(e){(!this.context||e.has(`partnerKey`))&&(this.brandLocale=_t(this.partnerKey));let t=Ge(this.locale||this.brandLocale),n=!this.context||this.language.ready(t)?t:this.context.locale,r=!this.context||e.has(`api`)||e.has(`partnerKey`)||e.has(`mode`),i=r||n!==this.context.locale;i&&(this.context={locale:n,client:new Pe({baseUrl:this.apiBase,partnerKey:this.partnerKey,locale:n})}),this.mode===`space`?(this.space===`idle`&&this.loadSpace(),r&&(this.partnerKey?this.fetchCatalog():this.forgetBrand())):i&&this.fetchCatalog(),e.has(`product`)&&this.product&&this.load.state===`ready`&&this.choose(this.product)}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.load.state===`loading`&&this.needsCatalog&&this.fetchCatalog()}loadSpace(){return this.importChunk(`space`,()=>U(`space`,()=>import(`./client-space-CNcnV1wE.js`).then(e=>e.t)))}loadPurchase(){return this.purchaseChunk===`loading`||this.purchaseChunk===`ready`?(this.requestUpdate(),this.purchaseLoad??Promise.resolve()):(this.purchaseLoad=this.importChunk(`purchaseChunk`,()=>U(`purchase`,()=>import(`./certinomis-purchase-DwgE-oLT.js`))),this.purchaseLoad)}async importChunk(e,t){this[e]=`loading`;try{await t(),await G(this.context.locale).catch(()=>void 0),this[e]=`ready`}catch{this[e]=`error`}}choose(e){this.purchase?this.purchase.selectProduct(e):this.startPurchase({product:null,chosen:e})}startPurchase(e){this.purchaseStart&&!this.purchase&&(this.purchaseStart.chosen=e.chosen),this.purchaseStart??=e,this.loadPurchase()}async fetchCatalog(){this.abort?.abort();let e=new AbortController;this.abort=e,this.load={state:`loading`};try{let t=await this.context.client.getCatalog(e.signal);if(e.signal.aborted)return;this.applyBrand(lt(t.partner,this.apiBase));let n=this.brand?.branding.defaultLocale??`fr`;if(vt(this.partnerKey,n),this.brandLocale!==n&&(this.brandLocale=n,this.requestUpdate(),!this.locale&&this.mode!==`space`&&n!==this.context.locale))return;this.mode!==`space`&&this.showCatalog(),this.load={state:`ready`,catalog:t}}catch(t){if(e.signal.aborted)return;let n=t instanceof B?t:new B(0,null);this.load={state:`error`,error:n},this.mode!==`space`&&yt(this,n,K(this.context.locale,`catalog.unreachable`))}}showCatalog(){this.purchaseStart||this.listAnnounced||(this.product||rt(this.partnerKey)?this.startPurchase({product:this.product,chosen:null}):(this.listAnnounced=!0,Ve(`purchase`),Ue(this.prefetchPurchase),X(this,`certinomis:state`,{state:`products`,event:null}),X(this,`certinomis:step`,{step:`products`,product:null})))}get needsCatalog(){return this.mode!==`space`||!!this.partnerKey}forgetBrand(){this.abort?.abort(),this.brand=null,this.brandSheet?.replaceSync(``)}applyBrand(e){this.brand=e,this.brandSheet=dt(this.renderRoot,e,this.brandSheet)}render(){let{locale:e}=this.context;if(!this.language.ready())return Z(`…`);if(this.mode===`space`)return this.renderSpace();switch(this.load.state){case`loading`:return wt(e);case`error`:return Et(e,this.load.error,()=>this.fetchCatalog());case`ready`:{let{catalog:t}=this.load;return t.products.length===0?O`<div class="status">${K(e,`catalog.empty`)}</div>`:O`<div class="frame">
${this.brand?mt(this.brand,e):A}${this.renderPurchase(t)}
</div>`}}return A}renderPurchase(e){let{locale:t}=this.context,n=this.purchaseStart;return n&&this.purchaseChunk===`ready`?this.purchaseFor(e,n):n&&this.purchaseChunk===`error`?Q(t,()=>this.loadPurchase()):n&&!n.chosen?Z(K(t,`purchase.loading`)):O`<certinomis-product-list
data-screen
exportparts="card, order-button"
.locale=${t}
.busy=${n?.chosen??null}
.products=${e.products}
@pointerenter=${this.prefetchPurchase}
@focusin=${this.prefetchPurchase}
@certinomis-product-select=${e=>this.choose(e.detail.code)}
></certinomis-product-list>`}purchaseFor(e,t){let n=this.purchase;return n||(n=document.createElement(`certinomis-purchase`),n.setAttribute(`exportparts`,`card, order-button, stepper, buttons, field, summary`),n.product=t.product,n.chosen=t.chosen,this.purchase=n),n.context=this.context,n.catalog=e,n.partnerKey=this.partnerKey,n}renderSpace(){let{locale:e}=this.context;return this.space===`ready`&&(this.brand||!this.needsCatalog||this.load.state===`error`)?O`<certinomis-client-space
exportparts="field, submit, dossier-button, language, logout, logo, test-badge"
.api=${this.apiBase}
.brand=${this.brand}
partner-key=${this.partnerKey??A}
locale=${e}
@certinomis:locale=${e=>{this.locale=e.detail.locale}}
></certinomis-client-space>`:this.space===`error`?Q(e,()=>this.loadSpace()):Z(K(e,`space.loading`))}};J([R()],$.prototype,`api`,void 0),J([R({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),J([R()],$.prototype,`locale`,void 0),J([R()],$.prototype,`mode`,void 0),J([R()],$.prototype,`product`,void 0),J([z()],$.prototype,`context`,void 0),J([z()],$.prototype,`load`,void 0),J([z()],$.prototype,`brand`,void 0),J([z()],$.prototype,`space`,void 0),J([z()],$.prototype,`purchaseChunk`,void 0),$=J([L(`certinomis-order`)],$);export{Pe as A,Ee as B,qe as C,$ as CertinomisOrder,U as D,Ue as E,L as F,I,A as L,Ne as M,z as N,Ve as O,R as P,k as R,G as S,Ge as T,o as V,Qe as _,bt as a,Ye as b,yt as c,ht as d,pt as f,q as g,J as h,St as i,B as j,Le as k,ft as l,tt as m,Z as n,xt as o,nt as p,Ct as r,X as s,Q as t,lt as u,K as v,We as w,Ke as x,Xe as y,O as z};
//# sourceMappingURL=certinomis-order.js.map