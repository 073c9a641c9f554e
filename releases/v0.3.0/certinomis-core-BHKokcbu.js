var e=globalThis,t=e.ShadowRoot&&(e.ShadyCSS===void 0||e.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,n=Symbol(),r=/* @__PURE__ */ new WeakMap,i=class{constructor(e,t,r){if(this._$cssResult$=!0,r!==n)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,n=this.t;if(t&&e===void 0){let t=n!==void 0&&n.length===1;t&&(e=r.get(n)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),t&&r.set(n,e))}return e}toString(){return this.cssText}},a=e=>new i(typeof e==`string`?e:e+``,void 0,n),o=(e,...t)=>new i(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,n),s=(n,r)=>{if(t)n.adoptedStyleSheets=r.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let t of r){let r=document.createElement(`style`),i=e.litNonce;i!==void 0&&r.setAttribute(`nonce`,i),r.textContent=t.cssText,n.appendChild(r)}},c=t?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return a(t)})(e):e,{is:l,defineProperty:u,getOwnPropertyDescriptor:d,getOwnPropertyNames:ee,getOwnPropertySymbols:te,getPrototypeOf:ne}=Object,f=globalThis,re=f.trustedTypes,ie=re?re.emptyScript:``,ae=f.reactiveElementPolyfillSupport,p=(e,t)=>e,m={toAttribute(e,t){switch(t){case Boolean:e=e?ie:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},h=(e,t)=>!l(e,t),g={attribute:!0,type:String,converter:m,reflect:!1,useDefault:!1,hasChanged:h};Symbol.metadata??=Symbol(`metadata`),f.litPropertyMetadata??=/* @__PURE__ */ new WeakMap;var _=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=g){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&u(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=d(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??g}static _$Ei(){if(this.hasOwnProperty(p(`elementProperties`)))return;let e=ne(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(p(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(p(`properties`))){let e=this.properties,t=[...ee(e),...te(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=/* @__PURE__ */ new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(c(e))}else e!==void 0&&t.push(c(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=/* @__PURE__ */ new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=/* @__PURE__ */ new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=/* @__PURE__ */ new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return s(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?m:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?m:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??h)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=/* @__PURE__ */ new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=/* @__PURE__ */ new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=/* @__PURE__ */ new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};_.elementStyles=[],_.shadowRootOptions={mode:`open`},_[p(`elementProperties`)]=/* @__PURE__ */ new Map,_[p(`finalized`)]=/* @__PURE__ */ new Map,ae?.({ReactiveElement:_}),(f.reactiveElementVersions??=[]).push(`2.1.2`);var v=globalThis,y=e=>e,b=v.trustedTypes,oe=b?b.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,x=`$lit$`,S=`lit$${Math.random().toFixed(9).slice(2)}$`,C=`?`+S,se=`<${C}>`,w=document,T=()=>w.createComment(``),E=e=>e===null||typeof e!=`object`&&typeof e!=`function`,D=Array.isArray,ce=e=>D(e)||typeof e?.[Symbol.iterator]==`function`,O=`[ 	
\f\r]`,k=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,le=/-->/g,ue=/>/g,A=RegExp(`>|${O}(?:([^\\s"'>=/]+)(${O}*=${O}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),de=/'/g,fe=/"/g,pe=/^(?:script|style|textarea|title)$/i,j=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),M=Symbol.for(`lit-noChange`),N=Symbol.for(`lit-nothing`),P=/* @__PURE__ */ new WeakMap,F=w.createTreeWalker(w,129);function I(e,t){if(!D(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return oe===void 0?t:oe.createHTML(t)}var L=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=k;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===k?c[1]===`!--`?o=le:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=A):(pe.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=A):o=ue:o===A?c[0]===`>`?(o=i??k,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?A:c[3]===`"`?fe:de):o===fe||o===de?o=A:o===le||o===ue?o=k:(o=A,i=void 0);let d=o===A&&e[t+1].startsWith(`/>`)?` `:``;a+=o===k?n+se:l>=0?(r.push(s),n.slice(0,l)+x+n.slice(l)+S+d):n+S+(l===-2?t:d)}return[I(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},R=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=L(t,n);if(this.el=e.createElement(l,r),F.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=F.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(x)){let t=u[o++],n=i.getAttribute(e).split(S),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?me:r[1]===`?`?he:r[1]===`@`?ge:H}),i.removeAttribute(e)}else e.startsWith(S)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(pe.test(i.tagName)){let e=i.textContent.split(S),t=e.length-1;if(t>0){i.textContent=b?b.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],T()),F.nextNode(),c.push({type:2,index:++a});i.append(e[t],T())}}}else if(i.nodeType===8){if(i.data===C)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(S,e+1))!==-1;)c.push({type:7,index:a}),e+=S.length-1}}a++}}static createElement(e,t){let n=w.createElement(`template`);return n.innerHTML=e,n}};function z(e,t,n=e,r){if(t===M)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=E(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=z(e,i._$AS(e,t.values),i,r)),t}var B=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??w).importNode(t,!0);F.currentNode=r;let i=F.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new V(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new _e(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=F.nextNode(),a++)}return F.currentNode=w,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},V=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=N,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=z(this,e,t),E(e)?e===N||e==null||e===``?(this._$AH!==N&&this._$AR(),this._$AH=N):e!==this._$AH&&e!==M&&this._(e):e._$litType$===void 0?e.nodeType===void 0?ce(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==N&&E(this._$AH)?this._$AA.nextSibling.data=e:this.T(w.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=R.createElement(I(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new B(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=P.get(e.strings);return t===void 0&&P.set(e.strings,t=new R(e)),t}k(t){D(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(T()),this.O(T()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=y(e).nextSibling;y(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},H=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=N,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(/* @__PURE__ */ new String),this.strings=n):this._$AH=N}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=z(this,e,t,0),a=!E(e)||e!==this._$AH&&e!==M,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=z(this,r[n+o],t,o),s===M&&(s=this._$AH[o]),a||=!E(s)||s!==this._$AH[o],s===N?e=N:e!==N&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===N?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},me=class extends H{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===N?void 0:e}},he=class extends H{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==N)}},ge=class extends H{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=z(this,e,t,0)??N)===M)return;let n=this._$AH,r=e===N&&n!==N||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==N&&(n===N||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},_e=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){z(this,e)}},ve={M:x,P:S,A:C,C:1,L,R:B,D:ce,V:z,I:V,H,N:he,U:ge,B:me,F:_e},ye=v.litHtmlPolyfillSupport;ye?.(R,V),(v.litHtmlVersions??=[]).push(`3.3.3`);var be=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new V(t.insertBefore(T(),e),e,void 0,n??{})}return i._$AI(e),i},U=globalThis,W=class extends _{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=be(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return M}};W._$litElement$=!0,W.finalized=!0,U.litElementHydrateSupport?.({LitElement:W});var xe=U.litElementPolyfillSupport;xe?.({LitElement:W}),(U.litElementVersions??=[]).push(`4.2.2`);var G=e=>(t,n)=>{n===void 0?customElements.define(e,t):n.addInitializer(()=>{customElements.define(e,t)})},Se={attribute:!0,type:String,converter:m,reflect:!1,hasChanged:h},Ce=(e=Se,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=/* @__PURE__ */ new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function K(e){return(t,n)=>typeof n==`object`?Ce(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function we(e){return K({...e,state:!0,attribute:!1})}var Te=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function Ee(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return Te(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return Te(n,r,{get(){return a(this)}})}}var q=class extends Error{constructor(e,t,n=null){super(t?.title??(e===0?`network`:`HTTP ${e}`)),this.status=e,this.problem=t,this.retryAfter=n,this.name=`ApiError`}get isNetwork(){return this.status===0}},De=class{constructor(e){this.options=e}getCatalog(e){return this.request(`GET`,`/v1/catalog`,void 0,e)}getQuote(e,t){return this.request(`POST`,`/v1/quotes`,e,t)}getOrganisation(e,t){return this.request(`GET`,`/v1/organisations/${encodeURIComponent(e)}`,void 0,t)}getCgv(e){return this.request(`GET`,`/v1/cgv`,void 0,e)}placeOrder(e,t){return this.request(`POST`,`/v1/orders`,e,void 0,{"Idempotency-Key":t})}url(e){return new URL(e.replace(/^\//,``),Oe(this.options.baseUrl))}async checked(e){if(e.ok)return e;let t=null;try{t=await e.json()}catch{t=null}let n=Number(e.headers.get(`Retry-After`)??NaN);throw new q(e.status,t,Number.isFinite(n)?Math.max(1,Math.ceil(n)):null)}async request(e,t,n,r,i={}){let a=new URL(t.replace(/^\//,``),Oe(this.options.baseUrl)),o={method:e,headers:{Accept:`application/json`,"Accept-Language":this.options.locale,...this.options.partnerKey?{"X-Partner-Key":this.options.partnerKey}:{},...n===void 0?{}:{"Content-Type":`application/json`},...i},...n===void 0?{}:{body:JSON.stringify(n)},...r?{signal:r}:{}},s;try{s=await(this.options.fetch??fetch)(a,o)}catch(e){throw r?.aborted?e:new q(0,null)}if(s.ok)return await s.json();let c=null;try{c=await s.json()}catch{c=null}throw new q(s.status,c)}};function Oe(e){let t=new URL(e,globalThis.location?.href??`http://localhost/`);return t.pathname.endsWith(`/`)||(t.pathname+=`/`),t.toString()}var ke=(()=>{try{let e=new URL(import.meta.url).origin;return e===`null`?globalThis.location.origin:e}catch{return globalThis.location.origin}})();function Ae(e){(globalThis.requestIdleCallback??(e=>setTimeout(e,200)))(e)}var je=[`fr`,`en`];function Me(e){return e?.toLowerCase().startsWith(`en`)?`en`:`fr`}var J=/* @__PURE__ */ new Map;function Ne(e,t={}){return e.replace(/\{(\w+)\}/g,(e,n)=>n in t?String(t[n]):e)}function Pe(e){let t=e.fr,n=/* @__PURE__ */ new Map([[`fr`,t]]);for(let[t,r]of Object.entries(e))if(typeof r!=`function`)n.set(t,r);else{let e=async()=>{n.has(t)||n.set(t,await r())},i=J.get(t)??/* @__PURE__ */ new Set;J.set(t,i),i.add(e)}let r=(e,r)=>(n.get(e)??t)[r]??t[r];return{text:(e,t,n)=>Ne(r(e,t),n),parts:(e,t,n)=>r(e,t).split(/(\{\w+\})/).filter(e=>e!==``).map(e=>{let t=/^\{(\w+)\}$/.exec(e)?.[1];return t!==void 0&&t in n?n[t]:e}),has:e=>Object.hasOwn(t,e),provide:(e,t)=>{n.set(e,t)}}}function Fe(e){return e===`fr`||(J.get(e)?.size??0)===0}async function Ie(e){let t=J.get(e);t&&t.size!==0&&await Promise.all([...t].map(async e=>{await e(),t.delete(e)}))}var Le={required:`Les champs marqués d’un * sont obligatoires.`,errors:`{n} champs à corriger. {first}`,errorsOne:`{n} champ à corriger. {first}`,retry:`Réessayer`,language:`Langue`,network:`Le service est momentanément injoignable. Vérifiez votre connexion puis réessayez.`,failed:`La demande n’a pas abouti. Réessayez dans un instant.`},Re={"brand.logo":`Logo {name}`,"brand.test":`Mode test`,"brand.testHint":`les commandes de test ne sont jamais honorées`,"catalog.heading":`Liste des produits`,"catalog.loading":`Chargement du catalogue…`,"catalog.unreachable":`Le service de commande est momentanément injoignable.`,"catalog.unreachableHint":`Vérifiez votre connexion puis réessayez.`,"catalog.failed":`Le catalogue n’a pas pu être chargé.`,"catalog.empty":`Aucun produit n’est disponible pour le moment.`,"catalog.retry":Le.retry,"catalog.intro":`Sélectionnez la durée de validité du certificat en cliquant sur Commander. Tous les certificats sont utilisables pour signer des marchés publics, des flux PES, et pour s’authentifier (logiciels de télétransmission des actes).`,"purchase.loading":`Chargement de la commande…`,"space.loading":`Chargement de l’espace client…`,"product.order":`Commander`,"product.more":`En savoir plus →`,"product.less":`Masquer le détail`,"product.ht":`HT`,"product.validity.one":`{n} an`,"product.validity.other":`{n} ans`,"product.orderLabel":`Commander : {label}`,"product.moreLabel":`En savoir plus : {label}`},Y=Pe({fr:Re,en:()=>import(`./shell-en-BWaJzJEO.js`).then(e=>e.shellEn)}).text,ze=/* @__PURE__ */ new Map;function Be(e,t,n=`EUR`){let r=e%100==0,i=`${t}:${n}:${r}`,a=ze.get(i);return a||(a=new Intl.NumberFormat(t===`fr`?`fr-FR`:`en-GB`,{style:`currency`,currency:n,minimumFractionDigits:r?0:2,maximumFractionDigits:2}),ze.set(i,a)),a.format(e/100)}var Ve=o`
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
`,He=o`
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
`;function X(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a}var Ue=()=>j`<li class="empty" aria-hidden="true">
<h3>&nbsp;</h3>
<p class="blurb">&nbsp;</p>
<p class="price">&nbsp;</p>
<span class="validity">&nbsp;</span>
<div class="actions">
<button class="primary" disabled tabindex="-1">&nbsp;</button>
<button class="link" disabled tabindex="-1">&nbsp;</button>
</div>
</li>`,Z=class extends W{constructor(...e){super(...e),this.locale=`fr`,this.products=[],this.placeholder=!1,this.busy=null,this.expanded=/* @__PURE__ */ new Set}static{this.styles=[Ve,He]}render(){let{locale:e}=this;return j`
<h2 tabindex="-1">${Y(e,`catalog.heading`)}</h2>
<p class="intro">${Y(e,`catalog.intro`)}</p>
<ul class="cards">
${this.placeholder?[0,1,2].map(Ue):this.products.map(e=>this.renderCard(e))}
</ul>
`}renderCard(e){let{locale:t}=this,n=this.expanded.has(e.code),r=Y(t,e.validityYears===1?`product.validity.one`:`product.validity.other`,{n:e.validityYears}),i=`details-${e.code}`;return j`
<li class="card" part="card" data-code=${e.code}>
<h3>${e.label}</h3>
<p class="blurb">${e.blurb}</p>
<p class="price">
${Be(e.priceHt,t)} <small>${Y(t,`product.ht`)}</small>
</p>
<span class="validity">${r}</span>
<ul class="features" id=${i} ?hidden=${!n}>
${e.features.map(e=>j`<li>${e}</li>`)}
</ul>
<div class="actions">
<button
class="primary"
part="order-button"
aria-busy=${this.busy===e.code?`true`:`false`}
aria-label=${Y(t,`product.orderLabel`,{label:e.label})}
@click=${()=>this.select(e.code)}
>
${Y(t,`product.order`)}
</button>
<button
class="link"
aria-expanded=${n?`true`:`false`}
aria-controls=${i}
aria-label=${Y(t,`product.moreLabel`,{label:e.label})}
@click=${()=>this.toggle(e.code)}
>
${Y(t,n?`product.less`:`product.more`)}
</button>
</div>
</li>
`}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}toggle(e){let t=new Set(this.expanded);t.delete(e)||t.add(e),this.expanded=t}select(e){this.dispatchEvent(new CustomEvent(`certinomis-product-select`,{detail:{code:e},bubbles:!0,composed:!0}))}};X([K({attribute:!1})],Z.prototype,`locale`,void 0),X([K({attribute:!1})],Z.prototype,`products`,void 0),X([K({type:Boolean})],Z.prototype,`placeholder`,void 0),X([K({attribute:!1})],Z.prototype,`busy`,void 0),X([we()],Z.prototype,`expanded`,void 0),Z=X([G(`certinomis-product-list`)],Z);function We(e){return`certinomis-order:${e||`public`}:purchase`}function Ge(){try{return globalThis.sessionStorage??null}catch{return null}}function Ke(e){try{return Ge()?.getItem(We(e))!=null}catch{return!1}}var qe=/^#[0-9a-fA-F]{6}$/,Je=/^[\p{L}\p{N} ,'"_-]+$/u,Ye=/^(https:\/\/[^\s"'()\\]+|\/(?!\/)[^\s"'()\\]*)$/,Q={displayName:`CERTINOMIS`,logoUrl:null,colors:{primary:`#1d4f91`,onPrimary:`#ffffff`,accent:`#f59e0b`},font:null,defaultLocale:`fr`};function Xe(e){let t=e&&typeof e==`object`?e:{},n=t.colors&&typeof t.colors==`object`?t.colors:{},r=(e,t,n)=>typeof e==`string`&&t(e)?e:n,i=e=>r(n[e],e=>qe.test(e),Q.colors[e]);return{displayName:r(t.displayName,e=>e.trim().length>0,``).trim().slice(0,80)||Q.displayName,logoUrl:r(t.logoUrl,e=>e.length<=2e3&&Ye.test(e),null),colors:{primary:i(`primary`),onPrimary:i(`onPrimary`),accent:i(`accent`)},font:r(t.font,e=>e.length<=200&&Je.test(e),null),defaultLocale:je.includes(t.defaultLocale)?t.defaultLocale:Q.defaultLocale}}function Ze(e,t){let n=e&&typeof e==`object`?e:{},r=Xe(n.branding),i=null;try{i=r.logoUrl?new URL(r.logoUrl,t).href:null}catch{i=null}return{branding:r,test:n.mode===`test`,logo:i}}function Qe({colors:e,font:t}){return`:host{--_brand-primary:${e.primary};--_brand-on-primary:${e.onPrimary};--_brand-accent:${e.accent}}${t?`:host{--_brand-font:${t}}`:``}`}function $e(e,t,n){if(!(e instanceof ShadowRoot)||!e.adoptedStyleSheets)return null;let r=n??new CSSStyleSheet;return r.replaceSync(Qe(t.branding)),e.adoptedStyleSheets.includes(r)||(e.adoptedStyleSheets=[...e.adoptedStyleSheets,r]),r}function et(e,t){return e.logo?j`<img
class="brand-logo"
part="logo"
src=${e.logo}
alt=${Y(t,`brand.logo`,{name:e.branding.displayName})}
@error=${e=>{e.target.hidden=!0}}
/>`:N}function tt(e,t){return e.test?j`<span class="test-badge" part="test-badge" title=${Y(t,`brand.testHint`)}
>${Y(t,`brand.test`)}<span class="visually-hidden"
>: ${Y(t,`brand.testHint`)}</span
></span
>`:N}function nt(e,t){return j`<div class="brand" part="brand">
${et(e,t)}<span class="brand-name">${e.branding.displayName}</span>
${tt(e,t)}
</div>`}var rt=o`
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
`,$=e=>`certinomis-order:${e||`public`}:locale`;function it(e){try{let t=globalThis.sessionStorage?.getItem($(e));return t===`fr`||t===`en`?t:null}catch{return null}}function at(e,t){try{let n=globalThis.sessionStorage;t===`fr`?n?.removeItem($(e)):n?.setItem($(e),t)}catch{}}function ot(e,t,n){e.dispatchEvent(new CustomEvent(t,{detail:n,bubbles:!0,composed:!0}))}function st(e,t,n){ot(e,`certinomis:error`,{status:t.status,title:t.problem?.title??n})}var ct=o`
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
`,lt=o`
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
`,ut=class{constructor(e,t){this.host=e,this.locale=t,this.loading=null,e.addController(this)}hostUpdate(){this.ready()}ready(e=this.locale()){return Fe(e)?!0:(this.loading??=Ie(e).catch(()=>void 0).finally(()=>{this.loading=null,this.host.requestUpdate()}),!1)}get settled(){return this.loading??Promise.resolve()}},dt=o`
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
`;function ft(e){return j`<div class="status" role="status" aria-live="polite">${e}</div>`}function pt(e){return j`<div class="frame">
<div class="brand-placeholder" role="status" aria-live="polite">
${Y(e,`catalog.loading`)}
</div>
<certinomis-product-list placeholder .locale=${e}></certinomis-product-list>
</div>`}function mt(e,t,n,r){return j`<div class="error" role="alert">
<strong>${e}</strong>
<p>${t}</p>
<button class="primary" @click=${r}>${Y(n,`catalog.retry`)}</button>
</div>`}function ht(e,t){return mt(Y(e,`catalog.unreachable`),Y(e,`catalog.unreachableHint`),e,t)}function gt(e,t,n){return t.isNetwork?ht(e,n):mt(Y(e,`catalog.failed`),t.problem?.detail??t.message,e,n)}export{Pe as A,G as B,Ve as C,Le as D,Re as E,De as F,ve as G,N as H,q as I,o as K,Ee as L,Me as M,ke as N,Ne as O,Ae as P,we as R,X as S,Y as T,M as U,W as V,j as W,it as _,dt as a,Ge as b,lt as c,$e as d,nt as f,at as g,rt as h,ft as i,je as j,Ie as k,ot as l,Ze as m,pt as n,ut as o,et as p,ht as r,ct as s,gt as t,st as u,tt as v,Be as w,We as x,Ke as y,K as z};
//# sourceMappingURL=certinomis-core-BHKokcbu.js.map