var e=class extends Event{constructor(e,t,n,r){super(`context-request`,{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t,this.callback=n,this.subscribe=r??!1}};function t(e){return e}var n=class{constructor(e,t,n,r){if(this.subscribe=!1,this.provided=!1,this.value=void 0,this.t=(e,t)=>{this.unsubscribe&&(this.unsubscribe!==t&&(this.provided=!1,this.unsubscribe()),this.subscribe||this.unsubscribe()),this.value=e,this.host.requestUpdate(),this.provided&&!this.subscribe||(this.provided=!0,this.callback&&this.callback(e,t)),this.unsubscribe=t},this.host=e,t.context!==void 0){let e=t;this.context=e.context,this.callback=e.callback,this.subscribe=e.subscribe??!1}else this.context=t,this.callback=n,this.subscribe=r??!1;this.host.addController(this)}hostConnected(){this.dispatchRequest()}hostDisconnected(){this.unsubscribe&&=(this.unsubscribe(),void 0)}dispatchRequest(){this.host.dispatchEvent(new e(this.context,this.host,this.t,this.subscribe))}},r=class{get value(){return this.o}set value(e){this.setValue(e)}setValue(e,t=!1){let n=t||!Object.is(e,this.o);this.o=e,n&&this.updateObservers()}constructor(e){this.subscriptions=/* @__PURE__ */ new Map,this.updateObservers=()=>{for(let[e,{disposer:t}]of this.subscriptions)e(this.o,t)},e!==void 0&&(this.value=e)}addCallback(e,t,n){if(!n)return void e(this.value);this.subscriptions.has(e)||this.subscriptions.set(e,{disposer:()=>{this.subscriptions.delete(e)},consumerHost:t});let{disposer:r}=this.subscriptions.get(e);e(this.value,r)}clearCallbacks(){this.subscriptions.clear()}},i=class extends Event{constructor(e,t){super(`context-provider`,{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t}},a=class extends r{constructor(t,n,r){super(n.context===void 0?r:n.initialValue),this.onContextRequest=e=>{if(e.context!==this.context)return;let t=e.contextTarget??e.composedPath()[0];t!==this.host&&(e.stopPropagation(),this.addCallback(e.callback,t,e.subscribe))},this.onProviderRequest=t=>{if(t.context!==this.context||(t.contextTarget??t.composedPath()[0])===this.host)return;let n=/* @__PURE__ */ new Set;for(let[t,{consumerHost:r}]of this.subscriptions)n.has(t)||(n.add(t),r.dispatchEvent(new e(this.context,r,t,!0)));t.stopPropagation()},this.host=t,this.context=n.context===void 0?n:n.context,this.attachListeners(),this.host.addController?.(this)}attachListeners(){this.host.addEventListener(`context-request`,this.onContextRequest),this.host.addEventListener(`context-provider`,this.onProviderRequest)}hostConnected(){this.host.dispatchEvent(new i(this.context,this.host))}};function o({context:e}){return(t,n)=>{let r=/* @__PURE__ */ new WeakMap;if(typeof n==`object`)return{get(){return t.get.call(this)},set(e){return r.get(this).setValue(e),t.set.call(this,e)},init(t){return r.set(this,new a(this,{context:e,initialValue:t})),t}};{t.constructor.addInitializer((t=>{r.set(t,new a(t,{context:e}))}));let i=Object.getOwnPropertyDescriptor(t,n),o;if(i===void 0){let e=/* @__PURE__ */ new WeakMap;o={get(){return e.get(this)},set(t){r.get(this).setValue(t),e.set(this,t)},configurable:!0,enumerable:!0}}else{let e=i.set;o={...i,set(t){r.get(this).setValue(t),e?.call(this,t)}}}Object.defineProperty(t,n,o);return}}}function s({context:e,subscribe:t}){return(r,i)=>{typeof i==`object`?i.addInitializer((function(){new n(this,{context:e,callback:e=>{r.set.call(this,e)},subscribe:t})})):r.constructor.addInitializer((r=>{new n(r,{context:e,callback:e=>{r[i]=e},subscribe:t})}))}}var c=globalThis,l=c.ShadowRoot&&(c.ShadyCSS===void 0||c.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,u=Symbol(),d=/* @__PURE__ */ new WeakMap,f=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==u)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(l&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=d.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&d.set(t,e))}return e}toString(){return this.cssText}},p=e=>new f(typeof e==`string`?e:e+``,void 0,u),m=(e,...t)=>new f(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,u),ee=(e,t)=>{if(l)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let n of t){let t=document.createElement(`style`),r=c.litNonce;r!==void 0&&t.setAttribute(`nonce`,r),t.textContent=n.cssText,e.appendChild(t)}},te=l?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return p(t)})(e):e,{is:ne,defineProperty:re,getOwnPropertyDescriptor:ie,getOwnPropertyNames:ae,getOwnPropertySymbols:oe,getPrototypeOf:se}=Object,ce=globalThis,le=ce.trustedTypes,ue=le?le.emptyScript:``,de=ce.reactiveElementPolyfillSupport,fe=(e,t)=>e,pe={toAttribute(e,t){switch(t){case Boolean:e=e?ue:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},me=(e,t)=>!ne(e,t),he={attribute:!0,type:String,converter:pe,reflect:!1,useDefault:!1,hasChanged:me};Symbol.metadata??=Symbol(`metadata`),ce.litPropertyMetadata??=/* @__PURE__ */ new WeakMap;var ge=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=he){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&re(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=ie(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??he}static _$Ei(){if(this.hasOwnProperty(fe(`elementProperties`)))return;let e=se(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(fe(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(fe(`properties`))){let e=this.properties,t=[...ae(e),...oe(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=/* @__PURE__ */ new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(te(e))}else e!==void 0&&t.push(te(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=/* @__PURE__ */ new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=/* @__PURE__ */ new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=/* @__PURE__ */ new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ee(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?pe:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?pe:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??me)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=/* @__PURE__ */ new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=/* @__PURE__ */ new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=/* @__PURE__ */ new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};ge.elementStyles=[],ge.shadowRootOptions={mode:`open`},ge[fe(`elementProperties`)]=/* @__PURE__ */ new Map,ge[fe(`finalized`)]=/* @__PURE__ */ new Map,de?.({ReactiveElement:ge}),(ce.reactiveElementVersions??=[]).push(`2.1.2`);var _e=globalThis,ve=e=>e,ye=_e.trustedTypes,be=ye?ye.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,xe=`$lit$`,h=`lit$${Math.random().toFixed(9).slice(2)}$`,Se=`?`+h,Ce=`<${Se}>`,g=document,we=()=>g.createComment(``),Te=e=>e===null||typeof e!=`object`&&typeof e!=`function`,Ee=Array.isArray,De=e=>Ee(e)||typeof e?.[Symbol.iterator]==`function`,Oe=`[ 	
\f\r]`,ke=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ae=/-->/g,je=/>/g,Me=RegExp(`>|${Oe}(?:([^\\s"'>=/]+)(${Oe}*=${Oe}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),Ne=/'/g,Pe=/"/g,Fe=/^(?:script|style|textarea|title)$/i,_=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),v=Symbol.for(`lit-noChange`),y=Symbol.for(`lit-nothing`),Ie=/* @__PURE__ */ new WeakMap,b=g.createTreeWalker(g,129);function Le(e,t){if(!Ee(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return be===void 0?t:be.createHTML(t)}var Re=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=ke;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===ke?c[1]===`!--`?o=Ae:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=Me):(Fe.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=Me):o=je:o===Me?c[0]===`>`?(o=i??ke,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?Me:c[3]===`"`?Pe:Ne):o===Pe||o===Ne?o=Me:o===Ae||o===je?o=ke:(o=Me,i=void 0);let d=o===Me&&e[t+1].startsWith(`/>`)?` `:``;a+=o===ke?n+Ce:l>=0?(r.push(s),n.slice(0,l)+xe+n.slice(l)+h+d):n+h+(l===-2?t:d)}return[Le(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},ze=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=Re(t,n);if(this.el=e.createElement(l,r),b.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=b.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(xe)){let t=u[o++],n=i.getAttribute(e).split(h),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?We:r[1]===`?`?Ge:r[1]===`@`?Ke:Ue}),i.removeAttribute(e)}else e.startsWith(h)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(Fe.test(i.tagName)){let e=i.textContent.split(h),t=e.length-1;if(t>0){i.textContent=ye?ye.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],we()),b.nextNode(),c.push({type:2,index:++a});i.append(e[t],we())}}}else if(i.nodeType===8){if(i.data===Se)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(h,e+1))!==-1;)c.push({type:7,index:a}),e+=h.length-1}}a++}}static createElement(e,t){let n=g.createElement(`template`);return n.innerHTML=e,n}};function Be(e,t,n=e,r){if(t===v)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=Te(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=Be(e,i._$AS(e,t.values),i,r)),t}var Ve=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??g).importNode(t,!0);b.currentNode=r;let i=b.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new He(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new qe(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=b.nextNode(),a++)}return b.currentNode=g,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},He=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=y,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Be(this,e,t),Te(e)?e===y||e==null||e===``?(this._$AH!==y&&this._$AR(),this._$AH=y):e!==this._$AH&&e!==v&&this._(e):e._$litType$===void 0?e.nodeType===void 0?De(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==y&&Te(this._$AH)?this._$AA.nextSibling.data=e:this.T(g.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=ze.createElement(Le(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new Ve(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=Ie.get(e.strings);return t===void 0&&Ie.set(e.strings,t=new ze(e)),t}k(t){Ee(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(we()),this.O(we()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=ve(e).nextSibling;ve(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},Ue=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=y,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(/* @__PURE__ */ new String),this.strings=n):this._$AH=y}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=Be(this,e,t,0),a=!Te(e)||e!==this._$AH&&e!==v,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=Be(this,r[n+o],t,o),s===v&&(s=this._$AH[o]),a||=!Te(s)||s!==this._$AH[o],s===y?e=y:e!==y&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===y?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},We=class extends Ue{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===y?void 0:e}},Ge=class extends Ue{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==y)}},Ke=class extends Ue{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=Be(this,e,t,0)??y)===v)return;let n=this._$AH,r=e===y&&n!==y||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==y&&(n===y||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},qe=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){Be(this,e)}},Je={M:xe,P:h,A:Se,C:1,L:Re,R:Ve,D:De,V:Be,I:He,H:Ue,N:Ge,U:Ke,B:We,F:qe},Ye=_e.litHtmlPolyfillSupport;Ye?.(ze,He),(_e.litHtmlVersions??=[]).push(`3.3.3`);var Xe=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new He(t.insertBefore(we(),e),e,void 0,n??{})}return i._$AI(e),i},Ze=globalThis,x=class extends ge{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Xe(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return v}};x._$litElement$=!0,x.finalized=!0,Ze.litElementHydrateSupport?.({LitElement:x});var Qe=Ze.litElementPolyfillSupport;Qe?.({LitElement:x}),(Ze.litElementVersions??=[]).push(`4.2.2`);var S=e=>(t,n)=>{n===void 0?customElements.define(e,t):n.addInitializer(()=>{customElements.define(e,t)})},$e={attribute:!0,type:String,converter:pe,reflect:!1,hasChanged:me},et=(e=$e,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=/* @__PURE__ */ new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function C(e){return(t,n)=>typeof n==`object`?et(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function w(e){return C({...e,state:!0,attribute:!1})}var tt=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function nt(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return tt(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return tt(n,r,{get(){return a(this)}})}}function rt(){if(typeof globalThis<`u`)return globalThis;if(typeof self<`u`)return self;if(typeof window<`u`)return window;if(typeof global<`u`)return global}function it(){let e=rt();if(e.__xstate__)return e.__xstate__}var at=e=>{if(typeof window>`u`)return;let t=it();t&&t.register(e)},ot=class{constructor(e){this._process=e,this._active=!1,this._current=null,this._last=null}start(){this._active=!0,this.flush()}clear(){this._current&&(this._current.next=null,this._last=this._current)}enqueue(e){let t={value:e,next:null};this._current?(this._last.next=t,this._last=t):(this._current=t,this._last=t,this._active&&this.flush())}flush(){for(;this._current;){let e=this._current;this._process(e.value),this._current=e.next}this._last=null}},st=``,ct=`#`,lt=`*`,ut=`xstate.init`,dt=`xstate.stop`;function ft(e,t){return{type:`xstate.after.${e}.${t}`}}function pt(e,t){return{type:`xstate.done.state.${e}`,output:t}}function mt(e,t){return{type:`xstate.done.actor.${e}`,output:t,actorId:e}}function ht(e,t){return{type:`xstate.error.actor.${e}`,error:t,actorId:e}}function gt(e){return{type:ut,input:e}}function T(e){setTimeout(()=>{throw e})}var _t=typeof Symbol==`function`&&Symbol.observable||`@@observable`;function vt(e,t){let n=bt(e),r=bt(t);return typeof r==`string`?typeof n==`string`&&r===n:typeof n==`string`?n in r:Object.keys(n).every(e=>e in r&&vt(n[e],r[e]))}function yt(e){if(Tt(e))return e;let t=[],n=``;for(let r=0;r<e.length;r++){switch(e.charCodeAt(r)){case 92:n+=e[r+1],r++;continue;case 46:t.push(n),n=``;continue}n+=e[r]}return t.push(n),t}function bt(e){return Zn(e)?e.value:typeof e==`string`?xt(yt(e)):e}function xt(e){if(e.length===1)return e[0];let t={},n=t;for(let t=0;t<e.length-1;t++)if(t===e.length-2)n[e[t]]=e[t+1];else{let r=n;n={},r[e[t]]=n}return t}function St(e,t){let n={},r=Object.keys(e);for(let i=0;i<r.length;i++){let a=r[i];n[a]=t(e[a],a,e,i)}return n}function Ct(e){return Tt(e)?e:[e]}function E(e){return e===void 0?[]:Ct(e)}function wt(e,t,n,r){return typeof e==`function`?e({context:t,event:n,self:r}):e}function Tt(e){return Array.isArray(e)}function Et(e){return e.type.startsWith(`xstate.error.actor`)}function Dt(e){return Ct(e).map(e=>e===void 0||typeof e==`string`?{target:e}:e)}function Ot(e){if(e!==void 0&&e!==st)return E(e)}function kt(e,t,n){let r=typeof e==`object`,i=r?e:void 0;return{next:(r?e.next:e)?.bind(i),error:(r?e.error:t)?.bind(i),complete:(r?e.complete:n)?.bind(i)}}function At(e,t){return`${t}.${e}`}function jt(e,t){let n=t.match(/^xstate\.invoke\.(\d+)\.(.*)/);if(!n)return e.implementations.actors[t];let[,r,i]=n,a=e.getStateNodeById(i).config.invoke;return(Array.isArray(a)?a[r]:a).src}function Mt(e,t){if(t===e||t===lt)return!0;if(!t.endsWith(`.*`))return!1;let n=t.split(`.`),r=e.split(`.`);for(let e=0;e<n.length;e++){let t=n[e],i=r[e];if(t===`*`)return e===n.length-1;if(t!==i)return!1}return!0}function Nt(e,t){return`${e.sessionId}.${t}`}var Pt=0;function Ft(e,t){let n=/* @__PURE__ */ new Map,r=/* @__PURE__ */ new Map,i=/* @__PURE__ */ new WeakMap,a=/* @__PURE__ */ new Set,o={},{clock:s,logger:c}=t,l={schedule:(e,t,n,r,i=Math.random().toString(36).slice(2))=>{let a={source:e,target:t,event:n,delay:r,id:i,startedAt:Date.now()},c=Nt(e,i);u._snapshot._scheduledEvents[c]=a;let l=s.setTimeout(()=>{delete o[c],delete u._snapshot._scheduledEvents[c],u._relay(e,t,n)},r);o[c]=l},cancel:(e,t)=>{let n=Nt(e,t),r=o[n];delete o[n],delete u._snapshot._scheduledEvents[n],r!==void 0&&s.clearTimeout(r)},cancelAll:e=>{for(let t in u._snapshot._scheduledEvents){let n=u._snapshot._scheduledEvents[t];n.source===e&&l.cancel(e,n.id)}}},u={_snapshot:{_scheduledEvents:(t?.snapshot&&t.snapshot.scheduler)??{}},_bookId:()=>`x:${Pt++}`,_register:(e,t)=>(n.set(e,t),e),_unregister:e=>{n.delete(e.sessionId);let t=i.get(e);t!==void 0&&(r.delete(t),i.delete(e))},get:e=>r.get(e),getAll:()=>Object.fromEntries(r.entries()),_set:(e,t)=>{let n=r.get(e);if(n&&n!==t)throw Error(`Actor with system ID '${e}' already exists.`);r.set(e,t),i.set(t,e)},inspect:e=>{let t=kt(e);return a.add(t),{unsubscribe(){a.delete(t)}}},_sendInspectionEvent:t=>{if(!a.size)return;let n={...t,rootId:e.sessionId};a.forEach(e=>e.next?.(n))},_relay:(e,t,n)=>{u._sendInspectionEvent({type:`@xstate.event`,sourceRef:e,actorRef:t,event:n}),t._send(n)},scheduler:l,getSnapshot:()=>({_scheduledEvents:{...u._snapshot._scheduledEvents}}),start:()=>{let e=u._snapshot._scheduledEvents;u._snapshot._scheduledEvents={};for(let t in e){let{source:n,target:r,event:i,delay:a,id:o}=e[t];l.schedule(n,r,i,a,o)}},_clock:s,_logger:c};return u}var It=!1,D=/*#__PURE__*/ function(e){return e[e.NotStarted=0]=`NotStarted`,e[e.Running=1]=`Running`,e[e.Stopped=2]=`Stopped`,e}({}),Lt={clock:{setTimeout:(e,t)=>setTimeout(e,t),clearTimeout:e=>clearTimeout(e)},logger:console.log.bind(console),devTools:!1},Rt=class{constructor(e,t){this.logic=e,this._snapshot=void 0,this.clock=void 0,this.options=void 0,this.id=void 0,this.mailbox=new ot(this._process.bind(this)),this.observers=/* @__PURE__ */ new Set,this.eventListeners=/* @__PURE__ */ new Map,this.logger=void 0,this._processingStatus=D.NotStarted,this._parent=void 0,this._syncSnapshot=void 0,this.ref=void 0,this._actorScope=void 0,this.systemId=void 0,this.sessionId=void 0,this.system=void 0,this._doneEvent=void 0,this.src=void 0,this._deferred=[];let n={...Lt,...t},{clock:r,logger:i,parent:a,syncSnapshot:o,id:s,systemId:c,inspect:l}=n;this.system=a?a.system:Ft(this,{clock:r,logger:i}),l&&!a&&this.system.inspect(kt(l)),this.sessionId=this.system._bookId(),this.id=s??this.sessionId,this.logger=t?.logger??this.system._logger,this.clock=t?.clock??this.system._clock,this._parent=a,this._syncSnapshot=o,this.options=n,this.src=n.src??e,this.ref=this,this._actorScope={self:this,id:this.id,sessionId:this.sessionId,logger:this.logger,defer:e=>{this._deferred.push(e)},system:this.system,stopChild:e=>{if(e._parent!==this)throw Error(`Cannot stop child actor ${e.id} of ${this.id} because it is not a child`);e._stop()},emit:e=>{let t=this.eventListeners.get(e.type),n=this.eventListeners.get(`*`);if(!t&&!n)return;let r=[...t?t.values():[],...n?n.values():[]];for(let t of r)try{t(e)}catch(e){T(e)}},actionExecutor:e=>{let t=()=>{if(this._actorScope.system._sendInspectionEvent({type:`@xstate.action`,actorRef:this,action:{type:e.type,params:e.params}}),!e.exec)return;let t=It;try{It=!0,e.exec(e.info,e.params)}finally{It=t}};this._processingStatus===D.Running?t():this._deferred.push(t)}},this.send=this.send.bind(this),this.system._sendInspectionEvent({type:`@xstate.actor`,actorRef:this}),c&&(this.systemId=c,this.system._set(c,this)),this._initState(t?.snapshot??t?.state),c&&this._snapshot.status!==`active`&&this.system._unregister(this)}_initState(e){try{this._snapshot=e?this.logic.restoreSnapshot?this.logic.restoreSnapshot(e,this._actorScope):e:this.logic.getInitialSnapshot(this._actorScope,this.options?.input)}catch(e){this._snapshot={status:`error`,output:void 0,error:e}}}update(e,t){this._snapshot=e;let n;for(;n=this._deferred.shift();)try{n()}catch(t){this._deferred.length=0,this._snapshot={...e,status:`error`,error:t}}switch(this._snapshot.status){case`active`:for(let t of this.observers)try{t.next?.(e)}catch(e){T(e)}break;case`done`:for(let t of this.observers)try{t.next?.(e)}catch(e){T(e)}this._stopProcedure(),this._complete(),this._doneEvent=mt(this.id,this._snapshot.output),this._parent&&this.system._relay(this,this._parent,this._doneEvent);break;case`error`:this._error(this._snapshot.error)}this.system._sendInspectionEvent({type:`@xstate.snapshot`,actorRef:this,event:t,snapshot:e})}subscribe(e,t,n){let r=kt(e,t,n);if(this._processingStatus!==D.Stopped)this.observers.add(r);else switch(this._snapshot.status){case`done`:try{r.complete?.()}catch(e){T(e)}break;case`error`:{let e=this._snapshot.error;if(!r.error)T(e);else try{r.error(e)}catch(e){T(e)}break}}return{unsubscribe:()=>{this.observers.delete(r)}}}on(e,t){let n=this.eventListeners.get(e);n||(n=/* @__PURE__ */ new Set,this.eventListeners.set(e,n));let r=t.bind(void 0);return n.add(r),{unsubscribe:()=>{n.delete(r)}}}select(e,t=Object.is){return{subscribe:n=>{let r=kt(n),i=e(this.getSnapshot());return this.subscribe(n=>{let a=e(n);t(i,a)||(i=a,r.next?.(a))})},get:()=>e(this.getSnapshot())}}start(){if(this._processingStatus===D.Running)return this;this._syncSnapshot&&this.subscribe({next:e=>{e.status===`active`&&this.system._relay(this,this._parent,{type:`xstate.snapshot.${this.id}`,snapshot:e})},error:()=>{}}),this.system._register(this.sessionId,this),this.systemId&&this.system._set(this.systemId,this),this._processingStatus=D.Running;let e=gt(this.options.input);switch(this.system._sendInspectionEvent({type:`@xstate.event`,sourceRef:this._parent,actorRef:this,event:e}),this._snapshot.status){case`done`:return this.update(this._snapshot,e),this;case`error`:return this._error(this._snapshot.error),this}if(this._parent||this.system.start(),this.logic.start)try{this.logic.start(this._snapshot,this._actorScope)}catch(e){return this._snapshot={...this._snapshot,status:`error`,error:e},this._error(e),this}return this.update(this._snapshot,e),this.options.devTools&&this.attachDevTools(),this.mailbox.start(),this}_process(e){let t,n;try{t=this.logic.transition(this._snapshot,e,this._actorScope)}catch(e){n={err:e}}if(n){let{err:e}=n;this._snapshot={...this._snapshot,status:`error`,error:e},this._error(e)}else this.update(t,e),e.type===`xstate.stop`&&(this._stopProcedure(),this._complete())}_stop(){return this._processingStatus===D.Stopped?this:(this.mailbox.clear(),this._processingStatus===D.NotStarted?(this._processingStatus=D.Stopped,this):(this.mailbox.enqueue({type:dt}),this))}stop(){if(this._parent)throw Error(`A non-root actor cannot be stopped directly.`);return this._stop()}_complete(){for(let e of this.observers)try{e.complete?.()}catch(e){T(e)}this.observers.clear(),this.eventListeners.clear()}_reportError(e){if(!this.observers.size){this._parent||T(e),this.eventListeners.clear();return}let t=!1;for(let n of this.observers){let r=n.error;t||=!r;try{r?.(e)}catch(e){T(e)}}this.observers.clear(),this.eventListeners.clear(),t&&T(e)}_error(e){this._stopProcedure(),this._reportError(e),this._parent&&this.system._relay(this,this._parent,ht(this.id,e))}_stopProcedure(){return this._processingStatus===D.Running&&(this.system.scheduler.cancelAll(this),this.mailbox.clear(),this.mailbox=new ot(this._process.bind(this)),this._processingStatus=D.Stopped,this.system._unregister(this)),this}_send(e){this._processingStatus!==D.Stopped&&this.mailbox.enqueue(e)}send(e){this.system._relay(void 0,this,e)}attachDevTools(){let{devTools:e}=this.options;e&&(typeof e==`function`?e:at)(this)}toJSON(){return{xstate$$type:1,id:this.id}}getPersistedSnapshot(e){return this.logic.getPersistedSnapshot(this._snapshot,e)}[_t](){return this}getSnapshot(){return this._snapshot}};function zt(e,...[t]){return new Rt(e,t)}function Bt(e,t,n,r,{sendId:i}){return[t,{sendId:typeof i==`function`?i(n,r):i},void 0]}function Vt(e,t){e.defer(()=>{e.system.scheduler.cancel(e.self,t.sendId)})}function Ht(e){function t(e,t){}return t.type=`xstate.cancel`,t.sendId=e,t.resolve=Bt,t.execute=Vt,t}function Ut(e,t,n,r,{id:i,systemId:a,src:o,input:s,syncSnapshot:c}){let l=typeof o==`string`?jt(t.machine,o):o,u=typeof i==`function`?i(n):i,d,f;return l&&(f=typeof s==`function`?s({context:t.context,event:n.event,self:e.self}):s,d=zt(l,{id:u,src:o,parent:e.self,syncSnapshot:c,systemId:a,input:f})),[A(t,{children:{...t.children,[u]:d}}),{id:i,systemId:a,actorRef:d,src:o,input:f},void 0]}function Wt(e,{actorRef:t}){t&&e.defer(()=>{t._processingStatus!==D.Stopped&&t.start()})}function Gt(...[e,{id:t,systemId:n,input:r,syncSnapshot:i=!1}={}]){function a(e,t){}return a.type=`xstate.spawnChild`,a.id=t,a.systemId=n,a.src=e,a.input=r,a.syncSnapshot=i,a.resolve=Ut,a.execute=Wt,a}function Kt(e,t,n,r,{actorRef:i}){let a=typeof i==`function`?i(n,r):i,o=typeof a==`string`?t.children[a]:a,s=t.children;return o&&(s={...s},delete s[o.id]),[A(t,{children:s}),o,void 0]}function qt(e,t){let n=t.getSnapshot();if(n&&`children`in n)for(let t of Object.values(n.children))qt(e,t);e.system._unregister(t)}function Jt(e,t){t&&(qt(e,t),t._processingStatus===D.Running?e.defer(()=>{e.stopChild(t)}):e.stopChild(t))}function Yt(e){function t(e,t){}return t.type=`xstate.stopChild`,t.actorRef=e,t.resolve=Kt,t.execute=Jt,t}function Xt(e,{context:t,event:n},{guards:r}){return r.every(r=>Qt(r,t,n,e))}function Zt(e){function t(e,t){return!1}return t.check=Xt,t.guards=e,t}function Qt(e,t,n,r){let{machine:i}=r,a=typeof e==`function`,o=a?e:i.implementations.guards[typeof e==`string`?e:e.type];if(!a&&!o)throw Error(`Guard '${typeof e==`string`?e:e.type}' is not implemented.'.`);if(typeof o!=`function`)return Qt(o,t,n,r);let s={context:t,event:n},c=a||typeof e==`string`?void 0:`params`in e?typeof e.params==`function`?e.params({context:t,event:n}):e.params:void 0;return`check`in o?o.check(r,s,o):o(s,c)}function $t(e){return e.type===`atomic`||e.type===`final`}function en(e){return Object.values(e.states).filter(e=>e.type!==`history`)}function tn(e,t){let n=[];if(t===e)return n;let r=e.parent;for(;r&&r!==t;)n.push(r),r=r.parent;return n}function nn(e){let t=new Set(e),n=an(t);for(let e of t)if(e.type===`compound`&&(!n.get(e)||!n.get(e).length))_n(e).forEach(e=>t.add(e));else if(e.type===`parallel`){for(let n of en(e))if(n.type!==`history`&&!t.has(n)){let e=_n(n);for(let n of e)t.add(n)}}for(let e of t){let n=e.parent;for(;n;)t.add(n),n=n.parent}return t}function rn(e,t){let n=t.get(e);if(!n)return{};if(e.type===`compound`){let e=n[0];if(e){if($t(e))return e.key}else return{}}let r={};for(let e of n)r[e.key]=rn(e,t);return r}function an(e){let t=/* @__PURE__ */ new Map;for(let n of e)t.has(n)||t.set(n,[]),n.parent&&(t.has(n.parent)||t.set(n.parent,[]),t.get(n.parent).push(n));return t}function on(e,t){return rn(e,an(nn(t)))}function sn(e,t){return t.type===`compound`?en(t).some(t=>t.type===`final`&&e.has(t)):t.type===`parallel`?en(t).every(t=>sn(e,t)):t.type===`final`}var cn=e=>e[0]===ct;function ln(e,t){let n=e.transitions.get(t),r=[...e.transitions.keys()].filter(e=>e!==t&&Mt(t,e)).sort((e,t)=>t.length-e.length).flatMap(t=>e.transitions.get(t));return n?[...n,...r]:r}function un(e){let t=e.config.after;if(!t)return[];let n=t=>{let n=ft(t,e.id),r=n.type;return e.entry.push(lr(n,{id:r,delay:t})),e.exit.push(Ht(r)),r};return Object.keys(t).flatMap(e=>{let r=t[e],i=typeof r==`string`?{target:r}:r,a=Number.isNaN(+e)?e:+e,o=n(a);return E(i).map(e=>({...e,event:o,delay:a}))}).map(t=>{let{delay:n}=t;return{...O(e,t.event,t),delay:n}})}function O(e,t,n){let r=Ot(n.target),i=n.reenter??!1,a=mn(e,r),o={...n,actions:E(n.actions),guard:n.guard,target:a,source:e,reenter:i,eventType:t,toJSON:()=>({...o,source:`#${e.id}`,target:a?a.map(e=>`#${e.id}`):void 0})};return o}function dn(e){let t=/* @__PURE__ */ new Map;if(e.config.on)for(let n of Object.keys(e.config.on)){if(n===``)throw Error('Null events ("") cannot be specified as a transition key. Use `always: { ... }` instead.');let r=e.config.on[n];t.set(n,Dt(r).map(t=>O(e,n,t)))}if(e.config.onDone){let n=`xstate.done.state.${e.id}`;t.set(n,Dt(e.config.onDone).map(t=>O(e,n,t)))}for(let n of e.invoke){if(n.onDone){let r=`xstate.done.actor.${n.id}`;t.set(r,Dt(n.onDone).map(t=>O(e,r,t)))}if(n.onError){let r=`xstate.error.actor.${n.id}`;t.set(r,Dt(n.onError).map(t=>O(e,r,t)))}if(n.onSnapshot){let r=`xstate.snapshot.${n.id}`;t.set(r,Dt(n.onSnapshot).map(t=>O(e,r,t)))}}for(let n of e.after){let e=t.get(n.eventType);e||(e=[],t.set(n.eventType,e)),e.push(n)}return t}function fn(e){let t=[],n=r=>{Object.values(r).forEach(r=>{if(r.config.route&&r.config.id){let n=r.config.id,i=r.config.route.guard,a=({event:e})=>e.to===`#${n}`,o={...r.config.route,guard:i?Zt([a,i]):a,target:`#${n}`};t.push(O(e,`xstate.route`,o))}r.states&&n(r.states)})};n(e.states),t.length>0&&e.transitions.set(`xstate.route`,t)}function pn(e,t){let n=typeof t==`string`?e.states[t]:t?e.states[t.target]:void 0;if(!n&&t)throw Error(`Initial state node "${t}" not found on parent state node #${e.id}`);let r={source:e,actions:!t||typeof t==`string`?[]:E(t.actions),eventType:null,reenter:!1,target:n?[n]:[],meta:typeof t==`object`?t.meta:void 0,description:typeof t==`object`?t.description:void 0,toJSON:()=>({...r,source:`#${e.id}`,target:n?[`#${n.id}`]:[]})};return r}function mn(e,t){if(t!==void 0)return t.map(t=>{if(typeof t!=`string`)return t;if(cn(t))return e.machine.getStateNodeById(t);let n=t[0]===`.`;if(n&&!e.parent)return bn(e,t.slice(1));let r=n?e.key+t:t;if(e.parent)try{return bn(e.parent,r)}catch(t){throw Error(`Invalid transition definition for state node '${e.id}':\n${t.message}`)}throw Error(`Invalid target: "${t}" is not a valid target from the root node. Did you mean ".${t}"?`)})}function hn(e){let t=Ot(e.config.target);return t?{target:t.map(t=>typeof t==`string`?bn(e.parent,t):t)}:e.parent.type===`parallel`?{target:[e.parent]}:e.parent.initial}function gn(e){return e.type===`history`}function _n(e){let t=vn(e);for(let n of t)for(let r of tn(n,e))t.add(r);return t}function vn(e){let t=/* @__PURE__ */ new Set;function n(e){if(!t.has(e)){if(t.add(e),e.type===`compound`)n(e.initial.target[0]);else if(e.type===`parallel`)for(let t of en(e))n(t)}}return n(e),t}function yn(e,t){if(cn(t))return e.machine.getStateNodeById(t);if(!e.states)throw Error(`Unable to retrieve child state '${t}' from '${e.id}'; no child states exist.`);let n=e.states[t];if(!n)throw Error(`Child state '${t}' does not exist on '${e.id}'`);return n}function bn(e,t){if(typeof t==`string`&&cn(t))try{return e.machine.getStateNodeById(t)}catch{}let n=yt(t).slice(),r=e;for(;n.length;){let e=n.shift();if(!e.length)break;r=yn(r,e)}return r}function xn(e,t){if(typeof t==`string`){let n=e.states[t];if(!n)throw Error(`State '${t}' does not exist on '${e.id}'`);return[e,n]}let n=Object.keys(t),r=n.map(t=>yn(e,t)).filter(Boolean);return[e.machine.root,e].concat(r,n.reduce((n,r)=>{let i=yn(e,r);if(!i)return n;let a=xn(i,t[r]);return n.concat(a)},[]))}function Sn(e,t,n,r){let i=yn(e,t).next(n,r);return!i||!i.length?e.next(n,r):i}function Cn(e,t,n,r){let i=Object.keys(t),a=Tn(yn(e,i[0]),t[i[0]],n,r);return!a||!a.length?e.next(n,r):a}function wn(e,t,n,r){let i=[];for(let a of Object.keys(t)){let o=t[a];if(!o)continue;let s=Tn(yn(e,a),o,n,r);s&&i.push(...s)}return i.length?i:e.next(n,r)}function Tn(e,t,n,r){return typeof t==`string`?Sn(e,t,n,r):Object.keys(t).length===1?Cn(e,t,n,r):wn(e,t,n,r)}function En(e){return Object.keys(e.states).map(t=>e.states[t]).filter(e=>e.type===`history`)}function k(e,t){let n=e;for(;n.parent&&n.parent!==t;)n=n.parent;return n.parent===t}function Dn(e,t){let n=new Set(e),r=new Set(t);for(let e of n)if(r.has(e))return!0;for(let e of r)if(n.has(e))return!0;return!1}function On(e,t,n){let r=/* @__PURE__ */ new Set;for(let i of e){let e=!1,a=/* @__PURE__ */ new Set;for(let o of r)if(Dn(Mn([i],t,n),Mn([o],t,n))){if(k(i.source,o.source))a.add(o);else{e=!0;break}}if(!e){for(let e of a)r.delete(e);r.add(i)}}return Array.from(r)}function kn(e){let[t,...n]=e;for(let e of tn(t,void 0))if(n.every(t=>k(t,e)))return e}function An(e,t){if(!e.target)return[];let n=/* @__PURE__ */ new Set;for(let r of e.target)if(gn(r)){if(t[r.id])for(let e of t[r.id])n.add(e);else for(let e of An(hn(r),t))n.add(e)}else n.add(r);return[...n]}function jn(e,t){let n=An(e,t);if(!n)return;if(!e.reenter&&n.every(t=>t===e.source||k(t,e.source)))return e.source;let r=kn(n.concat(e.source));if(r)return r;if(!e.reenter)return e.source.machine.root}function Mn(e,t,n){let r=/* @__PURE__ */ new Set;for(let i of e)if(i.target?.length){let e=jn(i,n);i.reenter&&i.source===e&&r.add(e);for(let n of t)k(n,e)&&r.add(n)}return[...r]}function Nn(e,t){if(e.length!==t.size)return!1;for(let n of e)if(!t.has(n))return!1;return!0}function Pn(e,t,n,r,i){return Fn([{target:[...vn(e)],source:e,reenter:!0,actions:[],eventType:null,toJSON:null}],t,n,r,!0,i)}function Fn(e,t,n,r,i,a){let o=[];if(!e.length)return[t,o];let s=n.actionExecutor;n.actionExecutor=e=>{o.push(e),s(e)};try{let s=new Set(t._nodes),c=t.historyValue,l=On(e,s,c),u=t;i||([u,c]=Hn(u,r,n,l,s,c,a,n.actionExecutor)),u=Gn(u,r,n,l.flatMap(e=>e.actions),a,void 0),u=Ln(u,r,n,l,s,a,c,i);let d=[...s];u.status===`done`&&(u=Gn(u,r,n,d.sort((e,t)=>t.order-e.order).flatMap(e=>e.exit),a,void 0));try{return c===t.historyValue&&Nn(t._nodes,s)?[u,o]:[A(u,{_nodes:d,historyValue:c}),o]}catch(e){throw e}}finally{n.actionExecutor=s}}function In(e,t,n,r,i){if(r.output===void 0)return;let a=pt(i.id,i.output!==void 0&&i.parent?wt(i.output,e.context,t,n.self):void 0);return wt(r.output,e.context,a,n.self)}function Ln(e,t,n,r,i,a,o,s){let c=e,l=/* @__PURE__ */ new Set,u=/* @__PURE__ */ new Set;Rn(r,o,u,l),s&&u.add(e.machine.root);let d=/* @__PURE__ */ new Set;for(let e of[...l].sort((e,t)=>e.order-t.order)){i.add(e);let r=[];r.push(...e.entry);for(let t of e.invoke)r.push(Gt(t.src,{...t,syncSnapshot:!!t.onSnapshot}));if(u.has(e)){let t=e.initial.actions;r.push(...t)}if(c=Gn(c,t,n,r,a,e.invoke.map(e=>e.id)),e.type===`final`){let r=e.parent,o=r?.type===`parallel`?r:r?.parent,s=o||e;for(r?.type===`compound`&&a.push(pt(r.id,e.output===void 0?void 0:wt(e.output,c.context,t,n.self)));o?.type===`parallel`&&!d.has(o)&&sn(i,o);)d.add(o),a.push(pt(o.id)),s=o,o=o.parent;if(o)continue;c=A(c,{status:`done`,output:In(c,t,n,c.machine.root,s)})}}return c}function Rn(e,t,n,r){for(let i of e){let e=jn(i,t);for(let a of i.target||[])!gn(a)&&(i.source!==a||i.source!==e||i.reenter)&&(r.add(a),n.add(a)),zn(a,t,n,r);let a=An(i,t);for(let o of a){let a=tn(o,e);e?.type===`parallel`&&a.push(e),Bn(r,t,n,a,!i.source.parent&&i.reenter?void 0:e)}}}function zn(e,t,n,r){if(gn(e)){if(t[e.id]){let i=t[e.id];for(let e of i)r.add(e),zn(e,t,n,r);for(let a of i)Vn(a,e.parent,r,t,n)}else{let i=hn(e);for(let a of i.target)r.add(a),i===e.parent?.initial&&n.add(e.parent),zn(a,t,n,r);for(let a of i.target)Vn(a,e.parent,r,t,n)}}else if(e.type===`compound`){let[i]=e.initial.target;gn(i)||(r.add(i),n.add(i)),zn(i,t,n,r),Vn(i,e,r,t,n)}else if(e.type===`parallel`)for(let i of en(e).filter(e=>!gn(e)))[...r].some(e=>k(e,i))||(gn(i)||(r.add(i),n.add(i)),zn(i,t,n,r))}function Bn(e,t,n,r,i){for(let a of r)if((!i||k(a,i))&&e.add(a),a.type===`parallel`)for(let r of en(a).filter(e=>!gn(e)))[...e].some(e=>k(e,r))||(e.add(r),zn(r,t,n,e))}function Vn(e,t,n,r,i){Bn(n,r,i,tn(e,t))}function Hn(e,t,n,r,i,a,o,s){let c=e,l=Mn(r,i,a);l.sort((e,t)=>t.order-e.order);let u;for(let e of l)for(let t of En(e)){let n;n=t.history===`deep`?t=>$t(t)&&k(t,e):t=>t.parent===e,u??={...a},u[t.id]=Array.from(i).filter(n)}for(let e of l)c=Gn(c,t,n,[...e.exit,...e.invoke.map(e=>Yt(e.id))],o,void 0),i.delete(e);return[c,u||a]}function Un(e,t){return e.implementations.actions[t]}function Wn(e,t,n,r,i,a){let{machine:o}=e,s=e;for(let e of r){let r=typeof e==`function`,c=r?e:Un(o,typeof e==`string`?e:e.type),l={context:s.context,event:t,self:n.self,system:n.system},u=r||typeof e==`string`?void 0:`params`in e?typeof e.params==`function`?e.params({context:s.context,event:t}):e.params:void 0;if(!c||!(`resolve`in c)){n.actionExecutor({type:typeof e==`string`?e:typeof e==`object`?e.type:e.name||`(anonymous)`,info:l,params:u,exec:c});continue}let d=c,[f,p,m]=d.resolve(n,s,l,u,c,i);s=f,`retryResolve`in d&&a?.push([d,p]),`execute`in d&&n.actionExecutor({type:d.type,info:l,params:p,exec:d.execute.bind(null,n,p)}),m&&(s=Wn(s,t,n,m,i,a))}return s}function Gn(e,t,n,r,i,a){let o=a?[]:void 0,s=Wn(e,t,n,r,{internalQueue:i,deferredActorIds:a},o);return o?.forEach(([e,t])=>{e.retryResolve(n,s,t)}),s}function Kn(e,t,n,r){let i=e,a=[];function o(e,t,r){n.system._sendInspectionEvent({type:`@xstate.microstep`,actorRef:n.self,event:t,snapshot:e[0],_transitions:r}),a.push(e)}if(t.type===`xstate.stop`)return i=A(qn(i,t,n),{status:`stopped`}),o([i,[]],t,[]),{snapshot:i,microsteps:a};let s=t;if(s.type!==ut){let t=s,c=Et(t),l=Jn(t,i);if(c&&!l.length)return i=A(qn(i,t,n),{status:`error`,error:t.error}),o([i,[]],t,[]),{snapshot:i,microsteps:a};let u=Fn(l,e,n,s,!1,r);i=u[0],o(u,t,l)}let c=!0,l=e.machine.options?.maxIterations??1/0,u=0;for(;i.status===`active`;){if(u++,u>l)throw Error(`Infinite loop detected: the machine has processed more than ${l} microsteps without reaching a stable state. This usually happens when there's a cycle of transitions (e.g., eventless transitions or raised events causing state A -> B -> C -> A).`);let e=c?Yn(i,s):[],t=e.length?i:void 0;if(!e.length){if(!r.length)break;s=r.shift(),e=Jn(s,i)}let a=Fn(e,i,n,s,!1,r);i=a[0],c=i!==t,o(a,s,e)}return i.status!==`active`&&qn(i,s,n),{snapshot:i,microsteps:a}}function qn(e,t,n){return Gn(e,t,n,Object.values(e.children).map(e=>Yt(e)),[],void 0)}function Jn(e,t){return t.machine.getTransitionData(t,e)}function Yn(e,t){let n=/* @__PURE__ */ new Set,r=e._nodes.filter($t);for(let i of r)loop:for(let r of[i].concat(tn(i,void 0)))if(r.always){for(let i of r.always)if(i.guard===void 0||Qt(i.guard,e.context,t,e)){n.add(i);break loop}}return On(Array.from(n),new Set(e._nodes),e.historyValue)}function Xn(e,t){return on(e,[...nn(xn(e,t))])}function Zn(e){return!!e&&typeof e==`object`&&`machine`in e&&`value`in e}var Qn=function(e){return vt(e,this.value)},$n=function(e){return this.tags.has(e)},er=function(e){let t=this.machine.getTransitionData(this,e);return!!t?.length&&t.some(e=>e.target!==void 0||e.actions.length)},tr=function(){let{_nodes:e,tags:t,machine:n,getMeta:r,toJSON:i,can:a,hasTag:o,matches:s,...c}=this;return{...c,tags:Array.from(t)}},nr=function(){return this._nodes.reduce((e,t)=>(t.meta!==void 0&&(e[t.id]=t.meta),e),{})};function rr(e,t){return{status:e.status,output:e.output,error:e.error,machine:t,context:e.context,_nodes:e._nodes,value:on(t.root,e._nodes),tags:new Set(e._nodes.flatMap(e=>e.tags)),children:e.children,historyValue:e.historyValue||{},matches:Qn,hasTag:$n,can:er,getMeta:nr,toJSON:tr}}function A(e,t={}){return rr({...e,...t},e.machine)}function ir(e){if(typeof e!=`object`||!e)return{};let t={};for(let n in e){let r=e[n];Array.isArray(r)&&(t[n]=r.map(e=>({id:e.id})))}return t}function ar(e,t){let{_nodes:n,tags:r,machine:i,children:a,context:o,can:s,hasTag:c,matches:l,getMeta:u,toJSON:d,...f}=e,p={};for(let e in a){let n=a[e];p[e]={snapshot:n.getPersistedSnapshot(t),src:n.src,systemId:n.systemId,syncSnapshot:n._syncSnapshot}}return{...f,context:or(o),children:p,historyValue:ir(f.historyValue)}}function or(e){let t;for(let n in e){let r=e[n];if(r&&typeof r==`object`){if(`sessionId`in r&&`send`in r&&`ref`in r)t??=Array.isArray(e)?e.slice():{...e},t[n]={xstate$$type:1,id:r.id};else{let i=or(r);i!==r&&(t??=Array.isArray(e)?e.slice():{...e},t[n]=i)}}}return t??e}function sr(e,t,n,r,{event:i,id:a,delay:o},{internalQueue:s}){let c=t.machine.implementations.delays;if(typeof i==`string`)throw Error(`Only event objects may be used with raise; use raise({ type: "${i}" }) instead`);let l=typeof i==`function`?i(n,r):i,u;if(typeof o==`string`){let e=c&&c[o];u=typeof e==`function`?e(n,r):e}else u=typeof o==`function`?o(n,r):o;return typeof u!=`number`&&s.push(l),[t,{event:l,id:a,delay:u},void 0]}function cr(e,t){let{event:n,delay:r,id:i}=t;typeof r==`number`&&e.defer(()=>{let t=e.self;e.system.scheduler.schedule(t,t,n,r,i)})}function lr(e,t){function n(e,t){}return n.type=`xstate.raise`,n.event=e,n.id=t?.id,n.delay=t?.delay,n.resolve=sr,n.execute=cr,n}var ur=`xstate.promise.resolve`,dr=`xstate.promise.reject`,fr=/* @__PURE__ */ new WeakMap;function pr(e){return{config:e,transition:(e,t,n)=>{if(e.status!==`active`)return e;switch(t.type){case ur:{let n=t.data;return{...e,status:`done`,output:n,input:void 0}}case dr:return{...e,status:`error`,error:t.data,input:void 0};case dt:return fr.get(n.self)?.abort(),fr.delete(n.self),{...e,status:`stopped`,input:void 0};default:return e}},start:(t,{self:n,system:r,emit:i})=>{if(t.status!==`active`)return;let a=new AbortController;fr.set(n,a),Promise.resolve(e({input:t.input,system:r,self:n,signal:a.signal,emit:i})).then(e=>{n.getSnapshot().status===`active`&&(fr.delete(n),r._relay(n,n,{type:ur,data:e}))},e=>{n.getSnapshot().status===`active`&&(fr.delete(n),r._relay(n,n,{type:dr,data:e}))})},getInitialSnapshot:(e,t)=>({status:`active`,output:void 0,error:void 0,input:t}),getPersistedSnapshot:e=>e,restoreSnapshot:e=>e}}function mr(e,{machine:t,context:n},r,i){let a=(a,o)=>{if(typeof a==`string`){let s=jt(t,a);if(!s)throw Error(`Actor logic '${a}' not implemented in machine '${t.id}'`);let c=zt(s,{id:o?.id,parent:e.self,syncSnapshot:o?.syncSnapshot,input:typeof o?.input==`function`?o.input({context:n,event:r,self:e.self}):o?.input,src:a,systemId:o?.systemId});return i[c.id]=c,c}return zt(a,{id:o?.id,parent:e.self,syncSnapshot:o?.syncSnapshot,input:o?.input,src:a,systemId:o?.systemId})};return(t,n)=>{let r=a(t,n);return i[r.id]=r,e.defer(()=>{r._processingStatus!==D.Stopped&&r.start()}),r}}function hr(e,t,n,r,{assignment:i}){if(!t.context)throw Error("Cannot assign to undefined `context`. Ensure that `context` is defined in the machine config.");let a={},o={context:t.context,event:n.event,spawn:mr(e,t,n.event,a),self:e.self,system:e.system},s={};if(typeof i==`function`)s=i(o,r);else for(let e of Object.keys(i)){let t=i[e];s[e]=typeof t==`function`?t(o,r):t}return[A(t,{context:Object.assign({},t.context,s),children:Object.keys(a).length?{...t.children,...a}:t.children}),void 0,void 0]}function j(e){function t(e,t){}return t.type=`xstate.assign`,t.assignment=e,t.resolve=hr,t}var gr=/* @__PURE__ */ new WeakMap;function _r(e,t,n){let r=gr.get(e);return r?t in r||(r[t]=n()):(r={[t]:n()},gr.set(e,r)),r[t]}var vr={},yr=e=>typeof e==`string`?{type:e}:typeof e==`function`?`resolve`in e?{type:e.type}:{type:e.name}:e,br=class e{constructor(t,n){if(this.config=t,this.key=void 0,this.id=void 0,this.type=void 0,this.path=void 0,this.states=void 0,this.history=void 0,this.entry=void 0,this.exit=void 0,this.parent=void 0,this.machine=void 0,this.meta=void 0,this.output=void 0,this.order=-1,this.description=void 0,this.tags=[],this.transitions=void 0,this.always=void 0,this.parent=n._parent,this.key=n._key,this.machine=n._machine,this.path=this.parent?this.parent.path.concat(this.key):[],this.id=this.config.id||[this.machine.id,...this.path].join(`.`),this.type=this.config.type||(this.config.states&&Object.keys(this.config.states).length?`compound`:this.config.history?`history`:`atomic`),this.description=this.config.description,this.order=this.machine.idMap.size,this.machine.idMap.set(this.id,this),this.states=this.config.states?St(this.config.states,(t,n)=>new e(t,{_parent:this,_key:n,_machine:this.machine})):vr,this.type===`compound`&&!this.config.initial)throw Error(`No initial state specified for compound state node "#${this.id}". Try adding { initial: "${Object.keys(this.states)[0]}" } to the state config.`);this.history=this.config.history===!0?`shallow`:this.config.history||!1,this.entry=E(this.config.entry).slice(),this.exit=E(this.config.exit).slice(),this.meta=this.config.meta,this.output=this.type===`final`||!this.parent?this.config.output:void 0,this.tags=E(t.tags).slice()}_initialize(){this.transitions=dn(this),this.config.always&&(this.always=Dt(this.config.always).map(e=>O(this,``,e))),Object.keys(this.states).forEach(e=>{this.states[e]._initialize()})}get definition(){return{id:this.id,key:this.key,version:this.machine.version,type:this.type,initial:this.initial?{target:this.initial.target,source:this,actions:this.initial.actions.map(yr),eventType:null,reenter:!1,meta:this.initial.meta,description:this.initial.description,toJSON:()=>({target:this.initial.target.map(e=>`#${e.id}`),source:`#${this.id}`,actions:this.initial.actions.map(yr),eventType:null,meta:this.initial.meta,description:this.initial.description})}:void 0,history:this.history,states:St(this.states,e=>e.definition),on:this.on,transitions:[...this.transitions.values()].flat().map(e=>({...e,actions:e.actions.map(yr)})),entry:this.entry.map(yr),exit:this.exit.map(yr),meta:this.meta,order:this.order||-1,output:this.output,invoke:this.invoke,description:this.description,tags:this.tags}}toJSON(){return this.definition}get invoke(){return _r(this,`invoke`,()=>E(this.config.invoke).map((e,t)=>{let{src:n,systemId:r}=e,i=e.id??At(this.id,t),a=typeof n==`string`?n:`xstate.invoke.${At(this.id,t)}`;return{...e,src:a,id:i,systemId:r,toJSON(){let{onDone:t,onError:n,...r}=e;return{...r,type:`xstate.invoke`,src:a,id:i}}}}))}get on(){return _r(this,`on`,()=>[...this.transitions].flatMap(([e,t])=>t.map(t=>[e,t])).reduce((e,[t,n])=>(e[t]=e[t]||[],e[t].push(n),e),{}))}get after(){return _r(this,`delayedTransitions`,()=>un(this))}get initial(){return _r(this,`initial`,()=>pn(this,this.config.initial))}next(e,t){let n=t.type,r=[],i,a=_r(this,`candidates-${n}`,()=>ln(this,n));for(let o of a){let{guard:a}=o,s=e.context,c=!1;try{c=!a||Qt(a,s,t,e)}catch(e){let t=typeof a==`string`?a:typeof a==`object`?a.type:void 0;throw Error(`Unable to evaluate guard ${t?`'${t}' `:``}in transition for event '${n}' in state node '${this.id}':\n${e.message}`)}if(c){r.push(...o.actions),i=o;break}}return i?[i]:void 0}get events(){return _r(this,`events`,()=>{let{states:e}=this,t=new Set(this.ownEvents);if(e)for(let n of Object.keys(e)){let r=e[n];if(r.states)for(let e of r.events)t.add(`${e}`)}return Array.from(t)})}get ownEvents(){let e=Object.keys(Object.fromEntries(this.transitions)),t=new Set(e.filter(e=>this.transitions.get(e).some(e=>!(!e.target&&!e.actions.length&&!e.reenter))));return Array.from(t)}},xr=class e{constructor(e,t){this.config=e,this.version=void 0,this.schemas=void 0,this.implementations=void 0,this.options=void 0,this.__xstatenode=!0,this.idMap=/* @__PURE__ */ new Map,this.root=void 0,this.id=void 0,this.states=void 0,this.events=void 0,this.id=e.id||`(machine)`,this.implementations={actors:t?.actors??{},actions:t?.actions??{},delays:t?.delays??{},guards:t?.guards??{}},this.version=this.config.version,this.schemas=this.config.schemas,this.options={maxIterations:1/0,...this.config.options},this.transition=this.transition.bind(this),this.getInitialSnapshot=this.getInitialSnapshot.bind(this),this.getPersistedSnapshot=this.getPersistedSnapshot.bind(this),this.restoreSnapshot=this.restoreSnapshot.bind(this),this.start=this.start.bind(this),this.root=new br(e,{_key:this.id,_machine:this}),this.root._initialize(),fn(this.root),this.states=this.root.states,this.events=this.root.events}provide(t){let{actions:n,guards:r,actors:i,delays:a}=this.implementations;return new e(this.config,{actions:{...n,...t.actions},guards:{...r,...t.guards},actors:{...i,...t.actors},delays:{...a,...t.delays}})}resolveState(e){let t=Xn(this.root,e.value),n=nn(xn(this.root,t));return rr({_nodes:[...n],context:e.context||{},children:{},status:sn(n,this.root)?`done`:e.status||`active`,output:e.output,error:e.error,historyValue:e.historyValue},this)}transition(e,t,n){return Kn(e,t,n,[]).snapshot}microstep(e,t,n){return Kn(e,t,n,[]).microsteps.map(([e])=>e)}getTransitionData(e,t){return Tn(this.root,e.value,e,t)||[]}_getPreInitialState(e,t,n){let{context:r}=this.config,i=rr({context:typeof r!=`function`&&r?r:{},_nodes:[this.root],children:{},status:`active`},this);return typeof r==`function`?Gn(i,t,e,[j(({spawn:e,event:t,self:n})=>r({spawn:e,input:t.input,self:n}))],n,void 0):i}getInitialSnapshot(e,t){let n=gt(t),r=[],i=rr({context:typeof this.config.context!=`function`&&this.config.context?this.config.context:{},_nodes:[this.root],children:{},status:`active`},this);try{i=this._getPreInitialState(e,n,r);let[t]=Pn(this.root,i,e,n,r),{snapshot:a}=Kn(t,n,e,r);return a}catch(e){return A(i,{status:`error`,error:e})}}start(e){Object.values(e.children).forEach(e=>{e.getSnapshot().status===`active`&&e.start()})}getStateNodeById(e){let t=yt(e),n=t.slice(1),r=cn(t[0])?t[0].slice(1):t[0],i=this.idMap.get(r);if(!i)throw Error(`Child state node '#${r}' does not exist on machine '${this.id}'`);return bn(i,n)}get definition(){return this.root.definition}toJSON(){return this.definition}getPersistedSnapshot(e,t){return ar(e,t)}restoreSnapshot(e,t){let n={},r=e.children;Object.keys(r).forEach(e=>{let i=r[e],a=i.snapshot,o=i.src,s=typeof o==`string`?jt(this,o):o;if(!s)return;let c=zt(s,{id:e,parent:t.self,syncSnapshot:i.syncSnapshot,snapshot:a,src:o,systemId:i.systemId});n[e]=c});function i(e,t){if(t instanceof br)return t;try{return e.machine.getStateNodeById(t.id)}catch{}}function a(e,t){if(!t||typeof t!=`object`)return{};let n={};for(let r in t){let a=t[r];for(let t of a){let a=i(e,t);a&&(n[r]??=[],n[r].push(a))}}return n}let o=a(this.root,e.historyValue),s=rr({...e,children:n,_nodes:Array.from(nn(xn(this.root,e.value))),historyValue:o},this),c=/* @__PURE__ */ new Set;function l(e,t){if(!c.has(e)){c.add(e);for(let n in e){let r=e[n];if(r&&typeof r==`object`){if(`xstate$$type`in r&&r.xstate$$type===1){e[n]=t[r.id];continue}l(r,t)}}}}return l(s.context,n),s}};function Sr(e,t,n,r,{event:i}){return[t,{event:typeof i==`function`?i(n,r):i},void 0]}function Cr(e,{event:t}){e.defer(()=>e.emit(t))}function wr(e){function t(e,t){}return t.type=`xstate.emit`,t.event=e,t.resolve=Sr,t.execute=Cr,t}var Tr=/*#__PURE__*/ function(e){return e.Parent=`#_parent`,e.Internal=`#_internal`,e}({});function Er(e,t,n,r,{to:i,event:a,id:o,delay:s},c){let l=t.machine.implementations.delays;if(typeof a==`string`)throw Error(`Only event objects may be used with sendTo; use sendTo({ type: "${a}" }) instead`);let u=typeof a==`function`?a(n,r):a,d;if(typeof s==`string`){let e=l&&l[s];d=typeof e==`function`?e(n,r):e}else d=typeof s==`function`?s(n,r):s;let f=typeof i==`function`?i(n,r):i,p;if(typeof f==`string`){if(p=f===Tr.Parent?e.self._parent:f===Tr.Internal?e.self:f.startsWith(`#_`)?t.children[f.slice(2)]:c.deferredActorIds?.includes(f)?f:t.children[f],!p)throw Error(`Unable to send event to actor '${f}' from machine '${t.machine.id}'.`)}else p=f||e.self;return[t,{to:p,targetId:typeof f==`string`?f:void 0,event:u,id:o,delay:d},void 0]}function Dr(e,t,n){typeof n.to==`string`&&(n.to=t.children[n.to])}function Or(e,t){e.defer(()=>{let{to:n,event:r,delay:i,id:a}=t;typeof i==`number`?e.system.scheduler.schedule(e.self,n,r,i,a):e.system._relay(e.self,n,r.type===`xstate.error`?ht(e.self.id,r.data):r)})}function kr(e,t,n){function r(e,t){}return r.type=`xstate.sendTo`,r.to=e,r.event=t,r.id=n?.id,r.delay=n?.delay,r.resolve=Er,r.retryResolve=Dr,r.execute=Or,r}function Ar(e,t){return kr(Tr.Parent,e,t)}function jr(e,t,n,r,{collect:i}){let a=[],o=function(e){a.push(e)};return o.assign=(...e)=>{a.push(j(...e))},o.cancel=(...e)=>{a.push(Ht(...e))},o.raise=(...e)=>{a.push(lr(...e))},o.sendTo=(...e)=>{a.push(kr(...e))},o.sendParent=(...e)=>{a.push(Ar(...e))},o.spawnChild=(...e)=>{a.push(Gt(...e))},o.stopChild=(...e)=>{a.push(Yt(...e))},o.emit=(...e)=>{a.push(wr(...e))},i({context:n.context,event:n.event,enqueue:o,check:e=>Qt(e,t.context,n.event,t),self:e.self,system:e.system},r),[t,void 0,a]}function Mr(e){function t(e,t){}return t.type=`xstate.enqueueActions`,t.collect=e,t.resolve=jr,t}function Nr(e,t,n,r,{value:i,label:a}){return[t,{value:typeof i==`function`?i(n,r):i,label:a},void 0]}function Pr({logger:e},{value:t,label:n}){n?e(n,t):e(t)}function Fr(e=({context:e,event:t})=>({context:e,event:t}),t){function n(e,t){}return n.type=`xstate.log`,n.value=e,n.label=t,n.resolve=Nr,n.execute=Pr,n}function M(e,t){let n=E(t);if(!n.some(t=>Mt(e.type,t))){let t=n.length===1?`type matching "${n[0]}"`:`one of types matching "${n.join(`", "`)}"`;throw Error(`Expected event ${JSON.stringify(e)} to have ${t}`)}}function Ir(e,t){return new xr(e,t)}function Lr({schemas:e,actors:t,actions:n,guards:r,delays:i}){return{assign:j,sendTo:kr,raise:lr,log:Fr,cancel:Ht,stopChild:Yt,enqueueActions:Mr,emit:wr,spawnChild:Gt,createStateConfig:e=>e,createAction:e=>e,createMachine:a=>Ir({...a,schemas:e},{actors:t,actions:n,guards:r,delays:i}),extend:a=>Lr({schemas:e,actors:t,actions:{...n,...a.actions},guards:{...r,...a.guards},delays:{...i,...a.delays}})}}var Rr={"problem.validation.title":`Some information is invalid`,"problem.validation.detail":`Correct the fields listed and try again.`,"problem.bad_json.title":`Unreadable request`,"problem.bad_json.detail":`The request body must be a valid JSON document.`,"problem.unsupported_media_type.title":`Unsupported format`,"problem.unsupported_media_type.detail":`Send the request body as application/json.`,"problem.not_found.title":`Not found`,"problem.not_found.detail":`Nothing matches {path}.`,"problem.method_not_allowed.title":`Method not allowed`,"problem.method_not_allowed.detail":`The {method} method is not accepted here.`,"problem.payload_too_large.title":`Request too large`,"problem.payload_too_large.detail":`The request body is larger than allowed.`,"problem.internal.title":`Internal error`,"problem.internal.detail":`Something unexpected happened. Try again; if it persists, contact support quoting {requestId}.`,"problem.partner_key_required.title":`Partner key required`,"problem.partner_key_required.detail":`Every request must carry the X-Partner-Key header with the partner’s publishable key (pk_test_… or pk_live_…).`,"problem.partner_key_invalid.title":`Unknown partner key`,"problem.partner_key_invalid.detail":`The X-Partner-Key sent matches no active partner.`,"problem.origin_forbidden.title":`Origin not allowed`,"problem.origin_forbidden.detail":`This partner does not allow requests from {origin}. Add that origin to its list.`,"problem.secret_key_required.title":`Secret key required`,"problem.secret_key_required.detail":`This server-to-server call needs the Authorization: Bearer sk_… header of an active partner.`,"problem.unavailable.title":`Service temporarily unavailable`,"problem.unavailable.detail":`A service we depend on is not answering. Try again in a moment.`,"problem.organisation_not_found.title":`Unknown establishment`,"problem.organisation_not_found.detail":`SIRET {siret} is valid but matches no establishment in the registry.`,"problem.idempotency_required.title":`Idempotency-Key header required`,"problem.idempotency_required.detail":`Every order must carry a unique Idempotency-Key header (8 to 255 characters, e.g. a UUID), reused unchanged when retrying.`,"problem.idempotency_mismatch.title":`Idempotency key already used`,"problem.idempotency_mismatch.detail":`This Idempotency-Key was already used for another request. Use a new key for a new order.`,"problem.idempotency_in_flight.title":`Order being processed`,"problem.idempotency_in_flight.detail":`A request with the same Idempotency-Key is being processed. Try again in a moment.`,"validation.cgv_outdated":`The terms of sale were updated: read them again and accept the new version.`,"validation.required":`This field is required.`,"validation.type":`This field has the wrong type.`,"validation.unknown_field":`This field is not expected.`,"validation.too_long":`This field must not exceed {max} characters.`,"validation.civility":`Choose Ms or Mr.`,"validation.email":`Invalid e-mail address.`,"validation.email_mismatch":`The two e-mail addresses do not match.`,"validation.phone_fr":`Invalid phone number: use 0X XX XX XX XX or +33 X XX XX XX XX.`,"validation.phone":`Invalid phone number (6 to 15 digits, + prefix allowed).`,"validation.country":`Choose a country (two-letter ISO code).`,"validation.postal_code":`Invalid postal code (5 digits in France).`,"validation.siret_format":`The SIRET must have 14 digits.`,"validation.siret_checksum":`This SIRET is not valid: check the digits entered.`,"validation.siret_unverified":`The SIRET has not been checked yet.`,"validation.siret_pending":`Checking the SIRET…`,"validation.siret_unknown":`No establishment matches this SIRET.`,"validation.siret_closed":`This establishment is closed: enter the SIRET of an establishment in activity.`,"validation.siret_lookup_failed":`The SIRET could not be checked right now. Try again in a moment.`,"validation.usb_reader_required":`The USB key reader is mandatory for a first CERTINOMIS certificate.`,"validation.payment_method":`Choose a payment method.`,"validation.mandate_public_only":`Administrative mandate is only offered to public administrations.`,"validation.service_code":`Service code: letters, digits, spaces and - _ / . only.`,"validation.chorus_order_number":`Chorus order number: letters, digits, spaces and - _ / . only.`,"validation.transfer_reference":`Transfer reference: unaccented letters, digits, spaces and - / . : ' ( ) + , only.`,"validation.cheque_number":`The cheque number has 7 digits.`,"validation.quantity_range":`Enter a whole number of certificates, from 1 to 50.`,"validation.product_unknown":`This product is not in the catalogue.`,"validation.cgv_required":`You must read and accept the terms of sale (CGV) to order.`,"problem.auth_invalid_credentials.title":`Wrong credentials`,"problem.auth_invalid_credentials.detail":`The e-mail or the password is wrong.`,"problem.auth_email_unverified.title":`E-mail address not confirmed`,"problem.auth_email_unverified.detail":`Confirm your address first: we have just sent the confirmation link again.`,"problem.auth_token_invalid.title":`Invalid or expired link`,"problem.auth_token_invalid.detail":`This link is no longer valid (already used or expired). Ask for a new one.`,"problem.auth_attempt_unknown.title":`Login not found`,"problem.auth_attempt_unknown.detail":`This login attempt does not exist or has expired. Log in again.`,"problem.auth_required.title":`Login required`,"problem.auth_required.detail":`Log in to your client space to reach this resource.`,"problem.too_many_requests.title":`Too many attempts`,"problem.too_many_requests.detail":`Too many attempts in a short time. Try again in {seconds} seconds.`,"validation.password_too_short":`The password must have at least 8 characters.`,"validation.password_too_long":`The password must not exceed 256 characters.`,"validation.password_common":`This password is too common or too easy to guess: choose another one.`,"validation.token":`Invalid link or code.`,"validation.locale":`Unsupported language (fr or en).`,"status.to_complete":`To complete`,"status.to_sign":`To sign`,"status.awaiting_paper":`Awaiting the paper dossier`,"status.in_review":`Under review`,"status.awaiting_payment":`Awaiting payment`,"status.issued":`Certificate issued`,"status.shipped":`Shipped`,"status.at_post_office":`Available at the post office`,"status.refused":`Refused`,"status.cancelled":`Cancelled`,"validation.mobile_fr":`Enter a French mobile number (06 or 07): it receives the signature code by SMS.`,"validation.choice":`Choose one of the options offered.`,"validation.mail_requires_online_identity":`Delivery by mail is only possible with an online identity check.`,"validation.step":`Unknown dossier step.`,"validation.step_locked":`Complete the previous steps first.`,"validation.step_incomplete":`This step of the dossier is not completed yet.`,"validation.dossier_read_only":`The dossier is signed: it can no longer be changed.`,"validation.event_type":`Unknown action on the dossier.`,"validation.event_not_allowed":`This action is not possible at this stage of the dossier.`,"validation.identity_document_required":`Upload the scan of the beneficiary’s identity document before signing.`,"validation.identity_not_online":`Uploading an identity document requires the online identity check.`,"validation.identity_not_submitted":`No identity document is awaiting verification.`,"validation.identity_already_verified":`The beneficiary’s identity is already verified.`,"validation.signature_method":`Choose this signature method first.`,"validation.signature_code_required":`Request the signature code by SMS first (a code sent before the dossier changed is no longer valid).`,"validation.already_paid":`The payment of this dossier is already recorded.`,"validation.amount":`Enter a whole amount in cents, greater than zero.`,"validation.serial_number":`The serial number is a hexadecimal number of 8 to 40 digits.`,"validation.datetime":`Invalid date and time (ISO 8601 expected).`,"validation.tracking_number":`Invalid tracking number: 4 to 40 letters, digits or dashes.`,"validation.version":`Invalid dossier version.`,"validation.express_chronopost":`An Express dossier ships with Chronopost.`,"validation.delivery_not_mail":`This certificate is handed over at a post office: it is not shipped by mail.`,"validation.delivery_not_post_office":`This certificate is sent by mail: it is not handed over at a post office.`,"dossier.missing.dossier_incomplete":`The dossier is not complete.`,"dossier.missing.not_signed":`The dossier is not signed.`,"dossier.missing.paper_not_received":`The signed paper dossier has not been received.`,"dossier.missing.identity_not_verified":`The beneficiary’s identity is not verified.`,"dossier.missing.payment_not_received":`The payment has not been received.`,"problem.precondition_required.title":`If-Match header required`,"problem.precondition_required.detail":`Send the version of the dossier you are changing in the If-Match header (e.g. If-Match: "3").`,"problem.stale_version.title":`The dossier changed in the meantime`,"problem.stale_version.detail":`The dossier was changed since you read it (current version {version}). Reload it, then try again.`,"problem.file_too_large.title":`File too large`,"problem.file_too_large.detail":`The identity document must not exceed 10 MB.`,"problem.file_type.title":`File type refused`,"problem.file_type.detail":`Send a JPEG or PNG image, or a PDF. The type is checked from the file’s content, not its name.`,"validation.file_required":`Attach the identity document (JPEG, PNG or PDF, 10 MB at most).`,"validation.file_unreadable":`This file is damaged or unreadable: scan the identity document again.`,"validation.event_forbidden":`This event cannot be sent from the client space.`,"validation.code_format":`The code has 6 digits.`,"validation.code_wrong":`Wrong code. {remaining} attempt(s) left.`,"validation.code_locked":`Too many attempts: ask for a new code.`,"validation.code_expired":`This code has expired: ask for a new one.`,"validation.code_void":`The dossier changed since the code was sent: ask for a new one.`,"validation.code_missing":`No code was sent: ask for one.`,"validation.payment_already_received":`This order’s payment is already recorded.`,"validation.payment_mandate":`This order is paid by administrative mandate (Chorus Pro): there is no payment to match.`,"validation.payment_amount_mismatch":`The amount received is not the order’s total including VAT.`,"validation.payment_reference_mismatch":`The transfer label carries neither the order reference nor the buyer’s transfer reference.`,"validation.payment_cheque_mismatch":`This cheque number is not the one given when ordering.`,"validation.payment_bank_mismatch":`This bank is not the one given when ordering.`,"problem.operator_only.title":`Operators only`,"problem.operator_only.detail":`This resource is reserved for the CERTINOMIS back office.`,"validation.text_characters":`This field contains a character that is not allowed (a null character or an incomplete Unicode character).`,"validation.name_characters":`Type the name as it appears on the identity document, without control or text-direction characters.`,"validation.id_format":`This identifier does not have the expected format.`,"validation.too_small":`The value must be at least {min}.`,"validation.too_large":`The value must not exceed {max}.`,"validation.integer":`Enter a whole number.`,"validation.date":`Invalid date (YYYY-MM-DD, a real calendar date).`,"validation.cursor":`Invalid pagination cursor: start again from the first page.`,"problem.webhook_signature.title":`Webhook signature refused`,"problem.webhook_signature.detail":`This webhook does not carry a valid CERTINOMIS signature: it was ignored.`,"problem.bad_url.title":`Malformed request address`,"problem.bad_url.detail":`The address contains an invalid “%” encoding (each “%” must be followed by two hexadecimal digits forming UTF-8).`,"problem.not_ready.title":`Service not ready yet`,"problem.not_ready.database":`The database does not answer. Try again in a few seconds.`,"problem.not_ready.migrations":`The database schema is not up to date: migrations remain to be applied.`,"problem.not_ready.shutting_down":`The service is shutting down; another instance takes over.`,"problem.metrics_forbidden.title":`Metrics not accessible`,"problem.metrics_forbidden.detail":`Metrics are read with the METRICS_TOKEN token, or without one from the machine itself only.`,"problem.operator_partner_origin.title":`CERTINOMIS back office only`,"problem.operator_partner_origin.detail":`An operator session is used from the CERTINOMIS back office only, never from a partner’s page nor with a partner’s key.`,"problem.auth_login_denied.title":`Login refused`,"problem.auth_login_denied.detail":`This login was cancelled with the e-mail’s “It was not me” link. If it was you, log in again; otherwise, change your password.`,"validation.file_too_many_pixels":`This image exceeds 40 megapixels: send a lower-resolution photo or scan.`,"validation.file_pdf_active":`This PDF contains JavaScript, automatic actions or attached files: send a plain scan of the identity document.`,"problem.database_unavailable.title":`Service temporarily unavailable`,"problem.database_unavailable.detail":`The database is not answering. Try again in a few seconds; resend an order with the same Idempotency-Key.`,"problem.database_busy.title":`Service busy`,"problem.database_busy.detail":`Your request collided with another one made at the same moment. Try again in a moment.`,"problem.order_timeout.title":`Order not confirmed in time`,"problem.order_timeout.detail":`The order could not be confirmed within the time limit. Send it again with the same Idempotency-Key: you will get the order if it went through, otherwise it will be placed once.`},zr={"problem.validation.title":`Certaines informations sont invalides`,"problem.validation.detail":`Corrigez les champs signalés puis réessayez.`,"problem.bad_json.title":`Requête illisible`,"problem.bad_json.detail":`Le corps de la requête doit être un document JSON valide.`,"problem.unsupported_media_type.title":`Format non pris en charge`,"problem.unsupported_media_type.detail":`Envoyez le corps de la requête en application/json.`,"problem.not_found.title":`Ressource introuvable`,"problem.not_found.detail":`Aucune ressource ne correspond à {path}.`,"problem.method_not_allowed.title":`Méthode non autorisée`,"problem.method_not_allowed.detail":`La méthode {method} n’est pas acceptée ici.`,"problem.payload_too_large.title":`Requête trop volumineuse`,"problem.payload_too_large.detail":`Le corps de la requête dépasse la taille autorisée.`,"problem.internal.title":`Erreur interne`,"problem.internal.detail":`Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez le support en citant l’identifiant {requestId}.`,"problem.partner_key_required.title":`Clé partenaire requise`,"problem.partner_key_required.detail":`Chaque requête doit porter l’en-tête X-Partner-Key avec la clé publique du partenaire (pk_test_… ou pk_live_…).`,"problem.partner_key_invalid.title":`Clé partenaire inconnue`,"problem.partner_key_invalid.detail":`La clé X-Partner-Key envoyée ne correspond à aucun partenaire actif.`,"problem.origin_forbidden.title":`Origine non autorisée`,"problem.origin_forbidden.detail":`Ce partenaire n’autorise pas les requêtes venant de {origin}. Ajoutez cette origine à sa liste.`,"problem.secret_key_required.title":`Clé secrète requise`,"problem.secret_key_required.detail":`Cet appel de serveur à serveur exige l’en-tête Authorization: Bearer sk_… d’un partenaire actif.`,"problem.unavailable.title":`Service momentanément indisponible`,"problem.unavailable.detail":`Un service nécessaire ne répond pas. Réessayez dans un instant.`,"problem.organisation_not_found.title":`Établissement inconnu`,"problem.organisation_not_found.detail":`Le SIRET {siret} est valide mais ne correspond à aucun établissement connu du répertoire.`,"problem.idempotency_required.title":`En-tête Idempotency-Key requis`,"problem.idempotency_required.detail":`Chaque commande doit porter un en-tête Idempotency-Key unique (8 à 255 caractères, par exemple un UUID), réutilisé tel quel en cas de nouvel essai.`,"problem.idempotency_mismatch.title":`Clé d’idempotence déjà utilisée`,"problem.idempotency_mismatch.detail":`Cette clé Idempotency-Key a déjà servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle commande.`,"problem.idempotency_in_flight.title":`Commande en cours de traitement`,"problem.idempotency_in_flight.detail":`Une requête avec la même clé Idempotency-Key est en cours de traitement. Réessayez dans un instant.`,"validation.cgv_outdated":`Les CGV ont été mises à jour : relisez-les et acceptez la nouvelle version.`,"validation.required":`Ce champ est obligatoire.`,"validation.type":`Ce champ n’a pas le bon type.`,"validation.unknown_field":`Ce champ n’est pas attendu.`,"validation.too_long":`Ce champ ne doit pas dépasser {max} caractères.`,"validation.civility":`Choisissez Madame ou Monsieur.`,"validation.email":`Adresse e-mail invalide.`,"validation.email_mismatch":`Les deux adresses e-mail ne correspondent pas.`,"validation.phone_fr":`Numéro de téléphone invalide : 0X XX XX XX XX ou +33 X XX XX XX XX.`,"validation.phone":`Numéro de téléphone invalide (6 à 15 chiffres, indicatif + accepté).`,"validation.country":`Choisissez un pays (code ISO à deux lettres).`,"validation.postal_code":`Code postal invalide (5 chiffres en France).`,"validation.siret_format":`Le SIRET doit comporter 14 chiffres.`,"validation.siret_checksum":`Ce numéro SIRET n’est pas valide : vérifiez les chiffres saisis.`,"validation.siret_unverified":`Le SIRET n’a pas encore été vérifié.`,"validation.siret_pending":`Vérification du SIRET en cours…`,"validation.siret_unknown":`Aucun établissement ne correspond à ce SIRET.`,"validation.siret_closed":`Cet établissement est fermé : indiquez le SIRET d’un établissement en activité.`,"validation.siret_lookup_failed":`Le SIRET n’a pas pu être vérifié pour le moment. Réessayez dans un instant.`,"validation.usb_reader_required":`Le lecteur format clé USB est obligatoire pour un premier certificat CERTINOMIS.`,"validation.payment_method":`Choisissez un mode de paiement.`,"validation.mandate_public_only":`Le mandat administratif n’est proposé qu’aux administrations publiques.`,"validation.service_code":`Code service : lettres, chiffres, espaces et caractères - _ / . uniquement.`,"validation.chorus_order_number":`Numéro commande Chorus : lettres, chiffres, espaces et caractères - _ / . uniquement.`,"validation.transfer_reference":`Référence du virement : lettres sans accent, chiffres, espaces et caractères - / . : ' ( ) + , uniquement.`,"validation.cheque_number":`Le numéro de chèque comporte 7 chiffres.`,"validation.quantity_range":`Indiquez un nombre entier de certificats, de 1 à 50.`,"validation.product_unknown":`Ce produit ne figure pas au catalogue.`,"validation.cgv_required":`Vous devez lire et accepter les CGV pour commander.`,"problem.auth_invalid_credentials.title":`Identifiants incorrects`,"problem.auth_invalid_credentials.detail":`Le courriel ou le mot de passe est incorrect.`,"problem.auth_email_unverified.title":`Adresse e-mail non confirmée`,"problem.auth_email_unverified.detail":`Confirmez d’abord votre adresse : nous venons de vous renvoyer le lien de confirmation.`,"problem.auth_token_invalid.title":`Lien invalide ou expiré`,"problem.auth_token_invalid.detail":`Ce lien n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.`,"problem.auth_attempt_unknown.title":`Connexion introuvable`,"problem.auth_attempt_unknown.detail":`Cette tentative de connexion n’existe pas ou a expiré. Reconnectez-vous.`,"problem.auth_required.title":`Connexion requise`,"problem.auth_required.detail":`Connectez-vous à votre espace client pour accéder à cette ressource.`,"problem.too_many_requests.title":`Trop de tentatives`,"problem.too_many_requests.detail":`Trop de tentatives en peu de temps. Réessayez dans {seconds} secondes.`,"validation.password_too_short":`Le mot de passe doit comporter au moins 8 caractères.`,"validation.password_too_long":`Le mot de passe ne doit pas dépasser 256 caractères.`,"validation.password_common":`Ce mot de passe est trop courant ou trop facile à deviner : choisissez-en un autre.`,"validation.token":`Lien ou code invalide.`,"validation.locale":`Langue non prise en charge (fr ou en).`,"status.to_complete":`Demande à compléter`,"status.to_sign":`À signer`,"status.awaiting_paper":`En attente du dossier papier`,"status.in_review":`En cours de vérification`,"status.awaiting_payment":`En attente de paiement`,"status.issued":`Certificat émis`,"status.shipped":`Expédié`,"status.at_post_office":`Disponible en bureau de poste`,"status.refused":`Refusé`,"status.cancelled":`Annulé`,"validation.mobile_fr":`Indiquez un numéro de mobile français (06 ou 07) : il reçoit le code de signature par SMS.`,"validation.choice":`Choisissez l’une des options proposées.`,"validation.mail_requires_online_identity":`L’envoi par courrier n’est possible qu’avec une vérification d’identité en ligne.`,"validation.step":`Étape du dossier inconnue.`,"validation.step_locked":`Complétez d’abord les étapes précédentes.`,"validation.step_incomplete":`Cette étape du dossier n’est pas encore complétée.`,"validation.dossier_read_only":`Le dossier est signé : il ne peut plus être modifié.`,"validation.event_type":`Action inconnue sur le dossier.`,"validation.event_not_allowed":`Cette action n’est pas possible à ce stade du dossier.`,"validation.identity_document_required":`Déposez le scan de la pièce d’identité du bénéficiaire avant de signer.`,"validation.identity_not_online":`Le dépôt d’une pièce d’identité suppose la vérification d’identité en ligne.`,"validation.identity_not_submitted":`Aucune pièce d’identité n’est en attente de vérification.`,"validation.identity_already_verified":`L’identité du bénéficiaire est déjà vérifiée.`,"validation.signature_method":`Choisissez d’abord ce mode de signature.`,"validation.signature_code_required":`Demandez d’abord le code de signature par SMS (un code envoyé avant une modification du dossier n’est plus valable).`,"validation.already_paid":`Le paiement de ce dossier est déjà enregistré.`,"validation.amount":`Indiquez un montant entier en centimes, supérieur à zéro.`,"validation.serial_number":`Le numéro de série est un nombre hexadécimal de 8 à 40 chiffres.`,"validation.datetime":`Date et heure invalides (format ISO 8601 attendu).`,"validation.tracking_number":`Numéro de suivi invalide : 4 à 40 lettres, chiffres ou tirets.`,"validation.version":`Version du dossier invalide.`,"validation.express_chronopost":`Un dossier Express est expédié par Chronopost.`,"validation.delivery_not_mail":`Ce certificat est remis en bureau de poste : il ne s’expédie pas par courrier.`,"validation.delivery_not_post_office":`Ce certificat est envoyé par courrier : il n’est pas remis en bureau de poste.`,"dossier.missing.dossier_incomplete":`Le dossier n’est pas complet.`,"dossier.missing.not_signed":`Le dossier n’est pas signé.`,"dossier.missing.paper_not_received":`Le dossier papier signé n’a pas été reçu.`,"dossier.missing.identity_not_verified":`L’identité du bénéficiaire n’est pas vérifiée.`,"dossier.missing.payment_not_received":`Le paiement n’a pas été reçu.`,"problem.precondition_required.title":`En-tête If-Match requis`,"problem.precondition_required.detail":`Envoyez la version du dossier que vous modifiez dans l’en-tête If-Match (par exemple If-Match: "3").`,"problem.stale_version.title":`Le dossier a changé entre-temps`,"problem.stale_version.detail":`Le dossier a été modifié depuis votre lecture (version actuelle {version}). Rechargez-le, puis recommencez.`,"problem.file_too_large.title":`Fichier trop volumineux`,"problem.file_too_large.detail":`La pièce d’identité ne doit pas dépasser 10 Mo.`,"problem.file_type.title":`Type de fichier refusé`,"problem.file_type.detail":`Envoyez une image JPEG ou PNG, ou un PDF. Le type est vérifié d’après le contenu du fichier, pas son nom.`,"validation.file_required":`Joignez la pièce d’identité (JPEG, PNG ou PDF, 10 Mo au plus).`,"validation.file_unreadable":`Ce fichier est endommagé ou illisible : numérisez à nouveau la pièce d’identité.`,"validation.event_forbidden":`Cet événement ne peut pas être envoyé depuis l’espace client.`,"validation.code_format":`Le code comporte 6 chiffres.`,"validation.code_wrong":`Code incorrect. Il vous reste {remaining} essai(s).`,"validation.code_locked":`Trop d’essais : demandez un nouveau code.`,"validation.code_expired":`Ce code a expiré : demandez-en un nouveau.`,"validation.code_void":`Le dossier a été modifié depuis l’envoi du code : demandez-en un nouveau.`,"validation.code_missing":`Aucun code n’a été envoyé : demandez un code.`,"validation.payment_already_received":`Le paiement de cette commande est déjà enregistré.`,"validation.payment_mandate":`Cette commande est payée par mandat administratif (Chorus Pro) : aucun paiement à rapprocher.`,"validation.payment_amount_mismatch":`Le montant reçu ne correspond pas au montant TTC de la commande.`,"validation.payment_reference_mismatch":`Le libellé du virement ne porte ni la référence de la commande ni la référence de virement du client.`,"validation.payment_cheque_mismatch":`Ce numéro de chèque n’est pas celui indiqué à la commande.`,"validation.payment_bank_mismatch":`Cette banque n’est pas celle indiquée à la commande.`,"problem.operator_only.title":`Réservé aux opérateurs`,"problem.operator_only.detail":`Cette ressource est réservée au back office CERTINOMIS.`,"validation.text_characters":`Ce champ contient un caractère non autorisé (caractère nul ou caractère Unicode incomplet).`,"validation.name_characters":`Saisissez le nom tel qu’il figure sur la pièce d’identité, sans caractère de contrôle ni de sens d’écriture.`,"validation.id_format":`Cet identifiant n’a pas le format attendu.`,"validation.too_small":`La valeur doit être au moins {min}.`,"validation.too_large":`La valeur ne doit pas dépasser {max}.`,"validation.integer":`Indiquez un nombre entier.`,"validation.date":`Date invalide (format AAAA-MM-JJ, date du calendrier).`,"validation.cursor":`Curseur de pagination invalide : reprenez depuis la première page.`,"problem.webhook_signature.title":`Signature de webhook refusée`,"problem.webhook_signature.detail":`Ce webhook ne porte pas une signature valide de CERTINOMIS : il n’a pas été pris en compte.`,"problem.bad_url.title":`Adresse de requête mal formée`,"problem.bad_url.detail":`L’adresse contient un encodage « % » invalide (chaque « % » doit être suivi de deux chiffres hexadécimaux formant de l’UTF-8).`,"problem.not_ready.title":`Service pas encore prêt`,"problem.not_ready.database":`La base de données ne répond pas. Réessayez dans quelques secondes.`,"problem.not_ready.migrations":`Le schéma de la base de données n’est pas à jour : des migrations restent à appliquer.`,"problem.not_ready.shutting_down":`Le service s’arrête ; une autre instance prend le relais.`,"problem.metrics_forbidden.title":`Métriques non accessibles`,"problem.metrics_forbidden.detail":`Les métriques se lisent avec le jeton METRICS_TOKEN, ou sans jeton depuis la machine elle-même uniquement.`,"problem.operator_partner_origin.title":`Back office CERTINOMIS uniquement`,"problem.operator_partner_origin.detail":`Une session d’opérateur ne s’utilise que depuis le back office CERTINOMIS, jamais depuis la page ni avec la clé d’un partenaire.`,"problem.auth_login_denied.title":`Connexion refusée`,"problem.auth_login_denied.detail":`Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous ; sinon, changez votre mot de passe.`,"validation.file_too_many_pixels":`Cette image dépasse 40 millions de pixels : envoyez une photo ou une numérisation de plus faible résolution.`,"validation.file_pdf_active":`Ce PDF contient du JavaScript, des actions automatiques ou des fichiers joints : envoyez une simple numérisation de la pièce d’identité.`,"problem.database_unavailable.title":`Service momentanément indisponible`,"problem.database_unavailable.detail":`La base de données ne répond pas. Réessayez dans quelques secondes ; une commande se renvoie avec la même clé Idempotency-Key.`,"problem.database_busy.title":`Service très sollicité`,"problem.database_busy.detail":`Votre demande est entrée en conflit avec une autre au même moment. Réessayez dans un instant.`,"problem.order_timeout.title":`Commande non confirmée à temps`,"problem.order_timeout.detail":`La commande n’a pas pu être confirmée dans le délai imparti. Renvoyez-la avec la même clé Idempotency-Key : vous obtiendrez la commande si elle a abouti, sinon elle sera passée une seule fois.`},Br={fr:zr,en:Rr};function Vr(e){return Object.hasOwn(zr,e)}function Hr(e,t,n={}){return(Vr(t)?Br[e][t]:t).replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):e)}function Ur(e){return e===null?`unknown`:e.active?`found`:`closed`}var Wr={lang:void 0,message:void 0,abortEarly:void 0,abortPipeEarly:void 0};/* @__NO_SIDE_EFFECTS__ */
function Gr(e){return e?{lang:e?.lang??void 0,message:e?.message,abortEarly:e?.abortEarly??void 0,abortPipeEarly:e?.abortPipeEarly??void 0}:Wr}/* @__NO_SIDE_EFFECTS__ */
function Kr(e){let t=typeof e;return t===`string`?`"${e}"`:t===`number`||t===`bigint`||t===`boolean`?`${e}`:t===`object`||t===`function`?(e&&Object.getPrototypeOf(e)?.constructor?.name)??`null`:t}function N(e,t,n,r,i){let a=i&&`input`in i?i.input:n.value,o=i?.expected??e.expects??null,s=i?.received??/* @__PURE__ */ Kr(a),c={kind:e.kind,type:e.type,input:a,expected:o,received:s,message:`Invalid ${t}: ${o?`Expected ${o} but r`:`R`}eceived ${s}`,requirement:e.requirement,path:i?.path,issues:i?.issues,lang:r.lang,abortEarly:r.abortEarly,abortPipeEarly:r.abortPipeEarly},l=e.kind===`schema`,u=i?.message??e.message??(e.reference,c.lang,void 0)??(l?(c.lang,void 0):null)??r.message??(c.lang,void 0);u!==void 0&&(c.message=typeof u==`function`?u(c):u),l&&(n.typed=!1),n.issues?n.issues.push(c):n.issues=[c]}/* @__NO_SIDE_EFFECTS__ */
function qr(e,t){return e===t||Number.isNaN(e)&&Number.isNaN(t)}/* @__NO_SIDE_EFFECTS__ */
function Jr(e,t){return Object.prototype.hasOwnProperty.call(e,t)&&t!==`__proto__`&&t!==`prototype`&&t!==`constructor`}/* @__NO_SIDE_EFFECTS__ */
function Yr(e,t){let n=[...new Set(e)];return n.length>1?`(${n.join(` ${t} `)})`:n[0]??`never`}function P(e){return e[`~standard`]={version:1,vendor:`valibot`,validate:t=>e[`~run`]({value:t},/* @__PURE__ */ Gr())},e}var Xr=/^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;/* @__NO_SIDE_EFFECTS__ */
function F(e,t){return{kind:`validation`,type:`check`,reference:F,async:!1,expects:null,requirement:e,message:t,"~run"(e,t){return e.typed&&!this.requirement(e.value)&&N(this,`input`,e,t),e}}}/* @__NO_SIDE_EFFECTS__ */
function Zr(e){return{kind:`validation`,type:`iso_timestamp`,reference:Zr,async:!1,expects:null,requirement:Xr,message:e,"~run"(e,t){return e.typed&&!this.requirement.test(e.value)&&N(this,`timestamp`,e,t),e}}}/* @__NO_SIDE_EFFECTS__ */
function Qr(e,t){return{kind:`validation`,type:`max_length`,reference:Qr,async:!1,expects:`<=${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&e.value.length>this.requirement&&N(this,`length`,e,t,{received:`${e.value.length}`}),e}}}/* @__NO_SIDE_EFFECTS__ */
function $r(e,t){return{kind:`validation`,type:`min_length`,reference:$r,async:!1,expects:`>=${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&e.value.length<this.requirement&&N(this,`length`,e,t,{received:`${e.value.length}`}),e}}}/* @__NO_SIDE_EFFECTS__ */
function I(e){return{kind:`validation`,type:`non_empty`,reference:I,async:!1,expects:`!0`,message:e,"~run"(e,t){return e.typed&&e.value.length===0&&N(this,`length`,e,t,{received:`0`}),e}}}/* @__NO_SIDE_EFFECTS__ */
function ei(e,t){if(e.issues)for(let n of t)for(let t of e.issues){let e=!1,r=Math.min(n.length,t.path?.length??0);for(let i=0;i<r;i++)if(n[i]!==t.path[i].key&&(n[i]!==`$`||t.path[i].type!==`array`)){e=!0;break}if(!e)return!1}return!0}/* @__NO_SIDE_EFFECTS__ */
function ti(e,t,n){return{kind:`validation`,type:`partial_check`,reference:ti,async:!1,expects:null,paths:e,requirement:t,message:n,"~run"(t,n){return(t.typed||/* @__PURE__ */ ei(t,e))&&!this.requirement(t.value)&&N(this,`input`,t,n),t}}}/* @__NO_SIDE_EFFECTS__ */
function L(e,t){return{kind:`validation`,type:`regex`,reference:L,async:!1,expects:`${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&!this.requirement.test(e.value)&&N(this,`format`,e,t),e}}}/* @__NO_SIDE_EFFECTS__ */
function ni(){return{kind:`transformation`,type:`to_upper_case`,reference:ni,async:!1,"~run"(e){return e.value=e.value.toUpperCase(),e}}}/* @__NO_SIDE_EFFECTS__ */
function R(e){return{kind:`transformation`,type:`transform`,reference:R,async:!1,operation:e,"~run"(e){return e.value=this.operation(e.value),e}}}/* @__NO_SIDE_EFFECTS__ */
function z(){return{kind:`transformation`,type:`trim`,reference:z,async:!1,"~run"(e){return e.value=e.value.trim(),e}}}var ri={abortEarly:!0};/* @__NO_SIDE_EFFECTS__ */
function ii(e,t,n){return typeof e.fallback==`function`?e.fallback(t,n):e.fallback}/* @__NO_SIDE_EFFECTS__ */
function ai(e,t){return{...e,"~run"(n,r){let i=n.issues&&[...n.issues];if(n=e[`~run`](n,r),n.issues){for(let e of n.issues)if(!i?.includes(e)){let r=n.value;for(let n of t){let t=r[n],i={type:`unknown`,origin:`value`,input:r,key:n,value:t};if(e.path?e.path.push(i):e.path=[i],!t)break;r=t}}}return n}}}/* @__NO_SIDE_EFFECTS__ */
function oi(e,t,n){return typeof e.default==`function`?e.default(t,n):e.default}/* @__NO_SIDE_EFFECTS__ */
function si(e,t){return!e[`~run`]({value:t},ri).issues}/* @__NO_SIDE_EFFECTS__ */
function ci(e){return P({kind:`schema`,type:`boolean`,reference:ci,expects:`boolean`,async:!1,message:e,"~run"(e,t){return typeof e.value==`boolean`?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function li(e,t){return P({kind:`schema`,type:`literal`,reference:li,expects:/* @__PURE__ */ Kr(e),async:!1,literal:e,message:t,"~run"(e,t){return/* @__PURE__ */ qr(e.value,this.literal)?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function B(e,t){return P({kind:`schema`,type:`nullable`,reference:B,expects:`(${e.expects} | null)`,async:!1,wrapped:e,default:t,"~run"(e,t){return e.value===null&&(this.default!==void 0&&(e.value=/* @__PURE__ */ oi(this,e,t)),e.value===null)?(e.typed=!0,e):this.wrapped[`~run`](e,t)}})}/* @__NO_SIDE_EFFECTS__ */
function ui(e){return P({kind:`schema`,type:`number`,reference:ui,expects:`number`,async:!1,message:e,"~run"(e,t){return typeof e.value==`number`&&!isNaN(e.value)?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function V(e,t){return P({kind:`schema`,type:`object`,reference:V,expects:`Object`,async:!1,entries:e,message:t,"~run"(e,t){let n=e.value;if(n&&typeof n==`object`){e.typed=!0,e.value={};for(let r in this.entries){let i=this.entries[r];if(r in n||(i.type===`exact_optional`||i.type===`optional`||i.type===`nullish`)&&i.default!==void 0){let a=r in n?n[r]:/* @__PURE__ */ oi(i),o=i[`~run`]({value:a},t);if(o.issues){let i={type:`object`,origin:`value`,input:n,key:r,value:a};for(let t of o.issues)t.path?t.path.unshift(i):t.path=[i],e.issues?.push(t);if(e.issues||=o.issues,t.abortEarly){e.typed=!1;break}}o.typed||(e.typed=!1),e.value[r]=o.value}else if(i.fallback!==void 0)e.value[r]=/* @__PURE__ */ ii(i);else if(i.type!==`exact_optional`&&i.type!==`optional`&&i.type!==`nullish`&&(N(this,`key`,e,t,{input:void 0,expected:`"${r}"`,path:[{type:`object`,origin:`key`,input:n,key:r,value:n[r]}]}),t.abortEarly))break}}else N(this,`type`,e,t);return e}})}/* @__NO_SIDE_EFFECTS__ */
function H(e,t){return P({kind:`schema`,type:`optional`,reference:H,expects:`(${e.expects} | undefined)`,async:!1,wrapped:e,default:t,"~run"(e,t){return e.value===void 0&&(this.default!==void 0&&(e.value=/* @__PURE__ */ oi(this,e,t)),e.value===void 0)?(e.typed=!0,e):this.wrapped[`~run`](e,t)}})}/* @__NO_SIDE_EFFECTS__ */
function di(e,t){return P({kind:`schema`,type:`picklist`,reference:di,expects:/* @__PURE__ */ Yr(e.map(Kr),`|`),async:!1,options:e,message:t,"~run"(e,t){return this.options.includes(e.value)?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function fi(e,t,n){return P({kind:`schema`,type:`record`,reference:fi,expects:`Object`,async:!1,key:e,value:t,message:n,"~run"(e,t){let n=e.value;if(n&&typeof n==`object`){e.typed=!0,e.value={};for(let r in n)if(/* @__PURE__ */ Jr(n,r)){let i=n[r],a=this.key[`~run`]({value:r},t);if(a.issues){let o={type:`object`,origin:`key`,input:n,key:r,value:i};for(let t of a.issues)t.path=[o],e.issues?.push(t);if(e.issues||=a.issues,t.abortEarly){e.typed=!1;break}}let o=this.value[`~run`]({value:i},t);if(o.issues){let a={type:`object`,origin:`value`,input:n,key:r,value:i};for(let t of o.issues)t.path?t.path.unshift(a):t.path=[a],e.issues?.push(t);if(e.issues||=o.issues,t.abortEarly){e.typed=!1;break}}a.typed&&o.typed||(e.typed=!1),a.typed&&(e.value[a.value]=o.value)}}else N(this,`type`,e,t);return e}})}/* @__NO_SIDE_EFFECTS__ */
function U(e){return P({kind:`schema`,type:`string`,reference:U,expects:`string`,async:!1,message:e,"~run"(e,t){return typeof e.value==`string`?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function pi(){return P({kind:`schema`,type:`unknown`,reference:pi,expects:`unknown`,async:!1,"~run"(e){return e.typed=!0,e}})}/* @__NO_SIDE_EFFECTS__ */
function mi(e,t,n){return P({kind:`schema`,type:`variant`,reference:mi,expects:`Object`,async:!1,key:e,options:t,message:n,"~run"(e,t){let n=e.value;if(n&&typeof n==`object`){let r,i=0,a=this.key,o=[],s=(e,c)=>{for(let l of e.options){if(l.type===`variant`)s(l,new Set(c).add(l.key));else{let e=!0,s=0;for(let t of c){let r=l.entries[t];if(t in n?r[`~run`]({typed:!1,value:n[t]},ri).issues:r.type!==`exact_optional`&&r.type!==`optional`&&r.type!==`nullish`){e=!1,a!==t&&(i<s||i===s&&t in n&&!(a in n))&&(i=s,a=t,o=[]),a===t&&o.push(l.entries[t].expects);break}s++}if(e){let e=l[`~run`]({value:n},t);(!r||!r.typed&&e.typed)&&(r=e)}}if(r&&!r.issues)break}};if(s(this,/* @__PURE__ */ new Set([this.key])),r)return r;N(this,`type`,e,t,{input:n[a],expected:/* @__PURE__ */ Yr(o,`|`),path:[{type:`object`,origin:`value`,input:n,key:a,value:n[a]}]})}else N(this,`type`,e,t);return e}})}/* @__NO_SIDE_EFFECTS__ */
function W(...e){return P({...e[0],pipe:e,"~run"(t,n){for(let r of e)if(r.kind!==`metadata`){if(t.issues&&(r.kind===`schema`||r.kind===`transformation`)){t.typed=!1;break}t.issues&&(n.abortEarly||n.abortPipeEarly)||(t=r[`~run`](t,n))}return t}})}/* @__NO_SIDE_EFFECTS__ */
function hi(e,t,n){let r=e[`~run`]({value:t},/* @__PURE__ */ Gr(n));return{typed:r.typed,success:!r.issues,output:r.value,issues:r.issues}}function gi(e){return(e.path??[]).map(e=>String(e.key)).join(`.`)}function _i(e,t){let n=/* @__PURE__ */ new Set,r=[];for(let i of e){let e=gi(i);n.has(e)||(n.add(e),r.push({field:e,message:Hr(t,yi(i),vi(i))}))}return r}function vi(e){let t=e.requirement;return typeof t==`number`?e.type.startsWith(`max_`)?{max:t}:e.type.startsWith(`min_`)?{min:t}:{}:{}}function yi(e){return Vr(e.message)?e.message:e.kind===`schema`?e.input===void 0||e.input===null||e.input===``?`validation.required`:`validation.type`:e.message}var bi=/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/,xi=/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/,Si=/^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/i;function Ci(e){return e.trim().toLowerCase()}function wi(e){let t=e.trim();if(t.length>254||/\s/.test(t))return!1;let n=t.lastIndexOf(`@`);if(n<1)return!1;let r=t.slice(0,n),i=t.slice(n+1);if(r.length>64||!bi.test(r))return!1;let a=i.split(`.`),o=a[a.length-1]??``;return a.length>=2&&a.every(e=>xi.test(e))&&Si.test(o)}var Ti=/^(?:0|(?:\+|00)33(?:\(0\))?)([1-9]\d{8})$/;function Ei(e){let t=e.replace(/[\s.-]/g,``),n=Ti.exec(t);return n?`+33${n[1]}`:null}function Di(e){return Ei(e)!==null}function Oi(e){let t=Ei(e);return t!==null&&(t.startsWith(`+336`)||t.startsWith(`+337`))}function ki(e){let t=Ei(e);return t===null?e.trim():`0${t.slice(3)}`.replace(/(\d{2})(?=\d)/g,`$1 `)}function Ai(e,t){let n=t.trim().toUpperCase();if(!/^[A-Z]{2}$/.test(n))return!1;let r=e.trim();return n===`FR`?/^\d{5}$/.test(r)&&!r.startsWith(`00`):/^[A-Za-z0-9 -]{2,10}$/.test(r)&&/[A-Za-z0-9]/.test(r)}var ji=`356000000`,Mi=`35600000000048`;function Ni(e){return e.replace(/[ \u00A0\u202F.-]/g,``)}function Pi(e){if(!/^\d+$/.test(e))return!1;let t=0;for(let n=0;n<e.length;n++){let r=e.charCodeAt(e.length-1-n)-48;n%2==1&&(r*=2,r>9&&(r-=9)),t+=r}return t%10==0}function Fi(e){let t=Ni(e);if(!/^\d{14}$/.test(t))return!1;if(t.startsWith(ji)&&t!==Mi){let e=0;for(let n of t)e+=n.charCodeAt(0)-48;return e%5==0}return Pi(t)}function Ii(e){let t=Ni(e.trim());return t===``?`required`:/^\d{14}$/.test(t)?Fi(t)?null:`checksum`:`format`}var Li=/[\u0000\p{Cs}]/u;function Ri(e){return!Li.test(e)}function zi(){return/* @__PURE__ */ F(e=>typeof e!=`string`||Ri(e),`validation.text_characters`)}var Bi=/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;function Vi(e){return Ri(e)&&!Bi.test(e)}function G(e){return/* @__PURE__ */ W(/* @__PURE__ */ U(`validation.required`),zi(),/* @__PURE__ */ z(),/* @__PURE__ */ I(`validation.required`),/* @__PURE__ */ Qr(e,`validation.too_long`))}function Hi(e){return/* @__PURE__ */ H(/* @__PURE__ */ W(/* @__PURE__ */ B(/* @__PURE__ */ U(`validation.type`)),zi(),/* @__PURE__ */ R(e=>e?.trim()??``),/* @__PURE__ */ Qr(e,`validation.too_long`),/* @__PURE__ */ R(e=>e===``?void 0:e)))}function Ui(e){return/* @__PURE__ */ W(G(e),/* @__PURE__ */ F(Vi,`validation.name_characters`))}var K={name:100,companyName:200,address:200,city:100,phone:30,bank:100,serviceCode:100,chorusOrderNumber:50,transferReference:35,productCode:50,cgvVersion:50},Wi=/* @__PURE__ */ W(/* @__PURE__ */ U(`validation.required`),/* @__PURE__ */ z(),/* @__PURE__ */ ni(),/* @__PURE__ */ I(`validation.required`),/* @__PURE__ */ di([`MME`,`MR`],`validation.civility`)),Gi=/^[A-Z]{2}$/,Ki=/* @__PURE__ */ W(/* @__PURE__ */ U(`validation.required`),/* @__PURE__ */ z(),/* @__PURE__ */ ni(),/* @__PURE__ */ I(`validation.required`),/* @__PURE__ */ L(Gi,`validation.country`)),qi=/* @__PURE__ */ W(/* @__PURE__ */ U(`validation.required`),/* @__PURE__ */ z(),/* @__PURE__ */ I(`validation.required`),/* @__PURE__ */ F(wi,`validation.email`),/* @__PURE__ */ R(Ci)),Ji=/* @__PURE__ */ W(/* @__PURE__ */ U(`validation.required`),/* @__PURE__ */ z(),/* @__PURE__ */ F(e=>Ii(e)!==`required`,`validation.required`),/* @__PURE__ */ F(e=>Ii(e)!==`format`,`validation.siret_format`),/* @__PURE__ */ F(e=>Ii(e)!==`checksum`,`validation.siret_checksum`),/* @__PURE__ */ R(Ni));function Yi(e){let t=e.replace(/[\s.()-]/g,``);return/^\+?\d{6,15}$/.test(t)&&/^\+?[\d\s.()-]+$/.test(e)}function Xi(e,t){return Gi.test(t)?t===`FR`?Di(e):Yi(e):!0}function Zi(e,t){return!Gi.test(t)||Ai(e,t)}var Qi=/* @__PURE__ */ W(/* @__PURE__ */ V({civility:Wi,firstName:G(K.name),lastName:G(K.name),email:qi,emailConfirmation:/* @__PURE__ */ W(/* @__PURE__ */ U(`validation.required`),zi(),/* @__PURE__ */ z(),/* @__PURE__ */ I(`validation.required`),/* @__PURE__ */ R(Ci)),phone:G(K.phone),country:/* @__PURE__ */ H(Ki,`FR`),companyName:G(K.companyName),siret:Ji,address:G(K.address),postalCode:G(10),city:G(K.city)}),/* @__PURE__ */ ai(/* @__PURE__ */ ti([[`email`],[`emailConfirmation`]],e=>e.email===e.emailConfirmation,`validation.email_mismatch`),[`emailConfirmation`]),/* @__PURE__ */ ai(/* @__PURE__ */ ti([[`phone`],[`country`]],e=>Xi(e.phone,e.country),e=>e.input.country===`FR`?`validation.phone_fr`:`validation.phone`),[`phone`]),/* @__PURE__ */ ai(/* @__PURE__ */ ti([[`postalCode`],[`country`]],e=>Zi(e.postalCode,e.country),`validation.postal_code`),[`postalCode`]),/* @__PURE__ */ R(e=>({...e,phone:e.country===`FR`?Ei(e.phone)??e.phone:e.phone}))),$i=/* @__PURE__ */ H(/* @__PURE__ */ W(/* @__PURE__ */ B(/* @__PURE__ */ U(`validation.type`)),/* @__PURE__ */ R(e=>e?.trim()??``),/* @__PURE__ */ F(e=>e===``||wi(e),`validation.email`),/* @__PURE__ */ R(e=>e===``?void 0:Ci(e)))),ea=/* @__PURE__ */ W(/* @__PURE__ */ V({companyName:G(K.companyName),address:G(K.address),postalCode:G(10),city:G(K.city),country:/* @__PURE__ */ H(Ki,`FR`),email:$i}),/* @__PURE__ */ ai(/* @__PURE__ */ ti([[`postalCode`],[`country`]],e=>Zi(e.postalCode,e.country),`validation.postal_code`),[`postalCode`])),ta=/* @__PURE__ */ V({usbReader:/* @__PURE__ */ H(/* @__PURE__ */ ci(`validation.type`),!1),express:/* @__PURE__ */ H(/* @__PURE__ */ ci(`validation.type`),!1)}),na=/^[\p{L}\p{N} _/.-]+$/u,ra=/* @__PURE__ */ mi(`method`,[/* @__PURE__ */ V({method:/* @__PURE__ */ li(`mandate`),siret:Ji,serviceCode:/* @__PURE__ */ W(G(K.serviceCode),/* @__PURE__ */ L(na,`validation.service_code`)),chorusOrderNumber:/* @__PURE__ */ W(G(K.chorusOrderNumber),/* @__PURE__ */ L(na,`validation.chorus_order_number`))}),/* @__PURE__ */ V({method:/* @__PURE__ */ li(`transfer`),transferReference:/* @__PURE__ */ W(G(K.transferReference),/* @__PURE__ */ L(/^[A-Za-z0-9 /.:'()+,-]+$/,`validation.transfer_reference`))}),/* @__PURE__ */ V({method:/* @__PURE__ */ li(`cheque`),chequeNumber:/* @__PURE__ */ W(/* @__PURE__ */ U(`validation.required`),/* @__PURE__ */ R(e=>e.replace(/\s/g,``)),/* @__PURE__ */ I(`validation.required`),/* @__PURE__ */ L(/^\d{7}$/,`validation.cheque_number`)),bank:G(K.bank)})],`validation.payment_method`),ia=[`mandate`,`transfer`,`cheque`],aa=/* @__PURE__ */ W(/* @__PURE__ */ ui(`validation.quantity_range`),/* @__PURE__ */ F(e=>Number.isInteger(e)&&e>=1&&e<=50,`validation.quantity_range`)),oa=G(K.productCode),sa=G(K.cgvVersion),ca=[`civility`,`firstName`,`lastName`,`email`,`emailConfirmation`,`phone`,`country`,`companyName`,`siret`,`address`,`postalCode`,`city`],la=[`companyName`,`address`,`postalCode`,`city`,`country`,`email`],ua=[`siret`,`serviceCode`,`chorusOrderNumber`,`transferReference`,`chequeNumber`,`bank`],da={mandate:[`siret`,`serviceCode`,`chorusOrderNumber`],transfer:[`transferReference`],cheque:[`chequeNumber`,`bank`]},fa=[`usbReader`,`express`];function pa(){return{customer:{},billingDifferent:!1,billing:{},options:{usbReader:!1,express:!1},payment:{},organisation:null,organisationStatus:`idle`,cgvAccepted:!1,cgvVersion:null,issues:[],order:null,submitError:null}}function ma(e){if(e.method===void 0)return{};let t={method:e.method};for(let n of da[e.method])t[n]=e[n];return t}var ha=[`products`,`quantity`,`identification`,`options`,`payment`,`review`];function ga(e){return typeof e==`string`&&ha.includes(e)}function _a(e,t=``){let n=/* @__PURE__ */ new Set,r=[];for(let i of e){let e=gi(i),a=t&&e?`${t}.${e}`:t||e;if(n.has(a))continue;n.add(a);let o=yi(i),s=vi(i);r.push({field:a,key:Vr(o)?o:`validation.type`,...Object.keys(s).length>0?{params:s}:{}})}return r}function va(e,t,n){let r=/* @__PURE__ */ hi(e,t);return r.success?[]:_a(r.issues,n)}function ya(e,t){let n=va(oa,e,`product`);return n.length>0||t===null||e===null?n:t.includes(e.trim())?[]:[{field:`product`,key:`validation.product_unknown`}]}function ba(e){return va(aa,e,`quantity`)}function xa(e,t){let{organisation:n,organisationStatus:r}=e;switch(r){case`found`:return n===null||n.siret!==t?`validation.siret_unverified`:n.active?null:`validation.siret_closed`;case`pending`:return`validation.siret_pending`;case`unknown`:return`validation.siret_unknown`;case`closed`:return`validation.siret_closed`;case`error`:return`validation.siret_lookup_failed`;case`idle`:return`validation.siret_unverified`}}function Sa(e){let t=va(Qi,e.customer,`customer`);if(!t.some(e=>e.field===`customer.siret`)){let n=/* @__PURE__ */ hi(Ji,e.customer.siret),r=n.success?xa(e,n.output):null;r!==null&&t.push({field:`customer.siret`,key:r})}return e.billingDifferent&&t.push(...va(ea,e.billing,`billing`)),t}function Ca(e){let t=va(ta,e.options,`options`);return e.organisation?.firstCertificate===!0&&e.options.usbReader!==!0&&!t.some(e=>e.field===`options.usbReader`)&&t.push({field:`options.usbReader`,key:`validation.usb_reader_required`}),t}function wa(e){let t=va(ra,ma(e.payment),`payment`);return e.payment.method===`mandate`&&e.organisation?.publicAdministration!==!0&&t.unshift({field:`payment.method`,key:`validation.mandate_public_only`}),t}function Ta(e){return e.cgvAccepted===!0&&/* @__PURE__ */ si(sa,e.cgvVersion)?[]:[{field:`cgvAccepted`,key:`validation.cgv_required`}]}function Ea(e,t){switch(e){case`products`:return ya(t.product,t.productCodes);case`quantity`:return ba(t.quantity);case`identification`:return Sa(t);case`options`:return Ca(t);case`payment`:return wa(t);case`review`:return Ta(t)}}function Da(e){return ha.flatMap(t=>Ea(t,e))}function Oa(e,t){return Ni((e??``).trim())===Ni((t??``).trim())}function ka(e){return typeof e==`string`&&ia.includes(e)}function Aa(e,t,n,r,i){for(let a of t){if(!Object.hasOwn(n,a))continue;let t=n[a];if(t==null)delete e[a];else if(typeof t==`string`)e[a]=t;else{i.refused.push({field:`${r}.${a}`,key:`validation.type`});continue}i.touched.push(`${r}.${a}`)}}function ja(e,t,n){let r=/* @__PURE__ */ new Set([...t.touched,...t.refused.map(e=>e.field)]);return[...e.issues.filter(e=>!r.has(e.field)&&(n===void 0||!e.field.startsWith(n))),...t.refused]}function Ma(e,t,n){let r={touched:[],refused:[]};switch(t){case`customer`:{let t={...e.customer};if(Aa(t,ca,n,`customer`,r),Oa(e.customer.siret,t.siret))return{customer:t,issues:ja(e,r)};let i={...e.payment};return(!i.siret?.trim()||Oa(i.siret,e.customer.siret))&&(t.siret===void 0?delete i.siret:i.siret=t.siret),{customer:t,payment:i,organisation:null,organisationStatus:`idle`,issues:ja(e,r)}}case`billing`:{let t={...e.billing};return Aa(t,la,n,`billing`,r),{billing:t,issues:ja(e,r)}}case`options`:{let t={...e.options};for(let i of fa){if(!Object.hasOwn(n,i))continue;let a=n[i],o=`options.${i}`;typeof a==`boolean`?i===`usbReader`&&!a&&e.organisation?.firstCertificate===!0?r.refused.push({field:o,key:`validation.usb_reader_required`}):(t[i]=a,r.touched.push(o)):r.refused.push({field:o,key:`validation.type`})}return{options:t,issues:ja(e,r)}}case`payment`:{let t={...e.payment},i=!1;if(Object.hasOwn(n,`method`)){let a=n.method;a==null?(delete t.method,r.touched.push(`payment.method`),i=e.payment.method!==void 0):ka(a)?a===`mandate`&&e.organisation?.publicAdministration!==!0?r.refused.push({field:`payment.method`,key:`validation.mandate_public_only`}):(t.method=a,r.touched.push(`payment.method`),i=e.payment.method!==a):r.refused.push({field:`payment.method`,key:`validation.payment_method`})}return Aa(t,ua,n,`payment`,r),{payment:t,issues:ja(e,r,i?`payment.`:void 0)}}default:return{}}}function Na(e,t,n){let r=t?.firstCertificate===!0?{...e.options,usbReader:!0}:e.options,i={...e.payment};return i.method===`mandate`&&t?.publicAdministration!==!0&&delete i.method,{organisation:t,organisationStatus:n,options:r,payment:i,issues:e.issues.filter(e=>e.field!==`customer.siret`&&e.field!==`options.usbReader`)}}function Pa(e){return{product:e.product,quantity:e.quantity,options:{...e.options},customer:{...e.customer},billing:e.billingDifferent?{...e.billing}:null,payment:ma(e.payment),cgvAccepted:e.cgvAccepted,cgvVersion:e.cgvVersion}}function Fa(e){if(typeof e.product!=`string`)return null;let t=e.product.trim();return ya(t,e.productCodes??null).length===0?t:null}function Ia(){return{product:null,quantity:1,...pa()}}var La=Lr({types:{context:{},events:{},input:{}},actors:{submitOrder:pr(async()=>{throw Error(`submitOrder not provided`)})},guards:{hasProduct:({context:e})=>e.product!==null,productSelectable:({context:e,event:t})=>t.type===`purchase.selectProduct`&&ya(t.product,e.productCodes).length===0,quantityInRange:({event:e})=>e.type===`purchase.setQuantity`&&ba(e.quantity).length===0,stepComplete:({context:e},t)=>Ea(t.step,e).length===0,orderComplete:({context:e})=>Da(e).length===0,currentSiret:({context:e,event:t})=>(t.type===`purchase.lookupStarted`||t.type===`purchase.organisationResolved`)&&Oa(t.siret,e.customer.siret),hasSubmitError:({context:e})=>e.submitError!==null},actions:{selectProduct:j(({event:e})=>(M(e,`purchase.selectProduct`),{product:e.product.trim(),issues:[]})),refuseProduct:j(({context:e,event:t})=>(M(t,`purchase.selectProduct`),{issues:ya(t.product,e.productCodes)})),setQuantity:j(({event:e})=>(M(e,`purchase.setQuantity`),{quantity:e.quantity,issues:[]})),refuseQuantity:j(({event:e})=>(M(e,`purchase.setQuantity`),{issues:ba(e.quantity)})),update:j(({context:e,event:t})=>(M(t,`purchase.update`),Ma(e,t.section,t.values))),setBillingDifferent:j(({context:e,event:t})=>(M(t,`purchase.setBillingDifferent`),{billingDifferent:t.value===!0,issues:e.issues.filter(e=>!e.field.startsWith(`billing.`))})),startLookup:j({organisation:null,organisationStatus:`pending`}),resolveOrganisation:j(({context:e,event:t})=>(M(t,`purchase.organisationResolved`),Na(e,t.organisation,t.status))),acceptCgv:j(({context:e,event:t})=>(M(t,`purchase.acceptCgv`),{cgvAccepted:!0,cgvVersion:t.version.trim(),issues:e.issues.filter(e=>e.field!==`cgvAccepted`)})),clearIssues:j({issues:[]}),storeStepIssues:j(({context:e},t)=>({issues:Ea(t.step,e)})),storeAllIssues:j(({context:e})=>({issues:Da(e)})),resetForm:j(()=>pa()),clearAll:j(()=>Ia()),storeOrder:j(({event:e})=>(M(e,`purchase.submitted`),{order:e.order})),storeSubmitError:j(({event:e})=>(M(e,`purchase.submitFailed`),{submitError:e.error})),clearSubmitError:j({submitError:null})}}).createMachine({id:`purchase`,context:({input:e})=>({product:Fa(e),quantity:1,...pa(),productCodes:e.productCodes?[...e.productCodes]:null}),initial:`start`,states:{start:{always:[{guard:`hasProduct`,target:`quantity`},{target:`products`}]},products:{on:{"purchase.selectProduct":[{guard:`productSelectable`,target:`quantity`,actions:`selectProduct`},{actions:`refuseProduct`}]}},quantity:{on:{"purchase.selectProduct":[{guard:`productSelectable`,actions:`selectProduct`},{actions:`refuseProduct`}],"purchase.setQuantity":[{guard:`quantityInRange`,actions:`setQuantity`},{actions:`refuseQuantity`}],"purchase.next":[{guard:Zt([{type:`stepComplete`,params:{step:`products`}},{type:`stepComplete`,params:{step:`quantity`}}]),target:`identification`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`quantity`}}}],"purchase.back":{target:`products`,actions:`clearIssues`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},identification:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`identification`}},target:`options`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`identification`}}}],"purchase.back":{target:`quantity`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},options:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`options`}},target:`payment`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`options`}}}],"purchase.back":{target:`identification`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},payment:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.next":[{guard:{type:`stepComplete`,params:{step:`payment`}},target:`review`,actions:`clearIssues`},{actions:{type:`storeStepIssues`,params:{step:`payment`}}}],"purchase.back":{target:`options`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},review:{on:{"purchase.update":{actions:`update`},"purchase.setBillingDifferent":{actions:`setBillingDifferent`},"purchase.lookupStarted":{guard:`currentSiret`,actions:`startLookup`},"purchase.organisationResolved":{guard:`currentSiret`,actions:`resolveOrganisation`},"purchase.acceptCgv":{actions:`acceptCgv`},"purchase.submit":[{guard:`orderComplete`,target:`submitting`,actions:`clearIssues`},{actions:`storeAllIssues`}],"purchase.retry":[{guard:Zt([`hasSubmitError`,`orderComplete`]),target:`submitting`,actions:`clearIssues`},{guard:`hasSubmitError`,actions:`storeAllIssues`}],"purchase.back":{target:`payment`,actions:`clearIssues`},"purchase.reset":{target:`identification`,actions:`resetForm`},"purchase.cancel":{target:`products`,actions:`clearAll`}}},submitting:{entry:`clearSubmitError`,invoke:{src:`submitOrder`,input:({context:e})=>Pa(e),onDone:{target:`confirmed`,actions:j({order:({event:e})=>e.output})},onError:{target:`review`,actions:j({submitError:({event:e})=>e.error})}},on:{"purchase.submitted":{target:`confirmed`,actions:`storeOrder`},"purchase.submitFailed":{target:`review`,actions:`storeSubmitError`}}},confirmed:{on:{"purchase.reset":{target:`products`,actions:`clearAll`},"purchase.cancel":{target:`products`,actions:`clearAll`}}}}}),q=class extends Error{constructor(e,t,n=null){super(t?.title??(e===0?`network`:`HTTP ${e}`)),this.status=e,this.problem=t,this.retryAfter=n,this.name=`ApiError`}get isNetwork(){return this.status===0}},Ra=class{constructor(e){this.options=e}getCatalog(e){return this.request(`GET`,`/v1/catalog`,void 0,e)}getQuote(e,t){return this.request(`POST`,`/v1/quotes`,e,t)}getOrganisation(e,t){return this.request(`GET`,`/v1/organisations/${encodeURIComponent(e)}`,void 0,t)}getCgv(e){return this.request(`GET`,`/v1/cgv`,void 0,e)}placeOrder(e,t){return this.request(`POST`,`/v1/orders`,e,void 0,{"Idempotency-Key":t})}getDossier(e,t,n){return this.dossierCall(e,``,t,{method:`GET`,signal:n})}sendDossierEvent(e,t,n,r){return this.dossierCall(e,`/events`,t,{method:`POST`,version:n,json:r})}requestSignatureCode(e,t,n){return this.dossierCall(e,`/signature/code`,t,{method:`POST`,version:n})}confirmSignature(e,t,n,r){return this.dossierCall(e,`/signature`,t,{method:`POST`,version:n,json:{code:r}})}async uploadDossierDocument(e,t,n,r={}){let i=new FormData;i.set(`file`,n,r.fileName??(n instanceof File?n.name:`document`));let a={method:`POST`,version:r.version,body:i,signal:r.signal};if(!r.onProgress||typeof XMLHttpRequest>`u`)return this.dossierCall(e,`/documents`,t,a);let o=r.onProgress,s=await new Promise((n,s)=>{let c=new XMLHttpRequest;c.open(`POST`,this.url(`/v1/dossiers/${encodeURIComponent(e)}/documents`));for(let[e,n]of Object.entries(this.headers(t,a.version)))c.setRequestHeader(e,n);c.responseType=`blob`,c.upload.onprogress=e=>o(e.loaded,e.total),c.onload=()=>{let e=new Headers;for(let t of c.getAllResponseHeaders().trim().split(/[\r\n]+/)){let n=t.indexOf(`:`);n>0&&e.set(t.slice(0,n).trim(),t.slice(n+1).trim())}n(new Response(c.response,{status:c.status,headers:e}))},c.onerror=()=>s(new q(0,null)),c.onabort=()=>s(new DOMException(`Aborted`,`AbortError`)),r.signal?.addEventListener(`abort`,()=>c.abort(),{once:!0}),c.send(i)});return(await this.checked(s)).json()}async getDossierPdf(e,t,n){let r=await this.dossierFetch(e,`/pdf`,t,{method:`GET`,signal:n}),i=r.headers.get(`Content-Disposition`)??``,a=/filename="([^"]+)"/.exec(i)?.[1]??`dossier-${e}.pdf`;return{blob:await r.blob(),fileName:a}}async dossierCall(e,t,n,r){return await(await this.dossierFetch(e,t,n,r)).json()}async dossierFetch(e,t,n,r){let i=this.headers(n,r.version);r.json!==void 0&&(i[`Content-Type`]=`application/json`);let a;try{a=await(this.options.fetch??fetch)(this.url(`/v1/dossiers/${encodeURIComponent(e)}${t}`),{method:r.method,headers:i,...r.json===void 0?{}:{body:JSON.stringify(r.json)},...r.body?{body:r.body}:{},...r.signal?{signal:r.signal}:{}})}catch(e){throw r.signal?.aborted?e:new q(0,null)}return this.checked(a)}headers(e,t){return{Accept:`application/json`,"Accept-Language":this.options.locale,Authorization:`Bearer ${e}`,...this.options.partnerKey?{"X-Partner-Key":this.options.partnerKey}:{},...t===void 0?{}:{"If-Match":`"${t}"`}}}url(e){return new URL(e.replace(/^\//,``),za(this.options.baseUrl))}async checked(e){if(e.ok)return e;let t=null;try{t=await e.json()}catch{t=null}let n=Number(e.headers.get(`Retry-After`)??NaN);throw new q(e.status,t,Number.isFinite(n)?Math.max(1,Math.ceil(n)):null)}async request(e,t,n,r,i={}){let a=new URL(t.replace(/^\//,``),za(this.options.baseUrl)),o={method:e,headers:{Accept:`application/json`,"Accept-Language":this.options.locale,...this.options.partnerKey?{"X-Partner-Key":this.options.partnerKey}:{},...n===void 0?{}:{"Content-Type":`application/json`},...i},...n===void 0?{}:{body:JSON.stringify(n)},...r?{signal:r}:{}},s;try{s=await(this.options.fetch??fetch)(a,o)}catch(e){throw r?.aborted?e:new q(0,null)}if(s.ok)return await s.json();let c=null;try{c=await s.json()}catch{c=null}throw new q(s.status,c)}};function za(e){let t=new URL(e,globalThis.location?.href??`http://localhost/`);return t.pathname.endsWith(`/`)||(t.pathname+=`/`),t.toString()}var Ba=m`
  :host {
    display: block;
    container-type: inline-size;
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  .frame > p {
    margin: 0;
  }

  .form-title {
    font-size: 1.15rem;
    font-weight: 700;
  }

  .intro {
    color: var(--_muted);
  }

  .error ul {
    margin: 0.25rem 0 0;
    padding-left: 1.2rem;
  }

  @container (max-width: 24rem) {
    .frame {
      padding: calc(var(--_space) * 0.5);
    }
  }

  .status {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  .error {
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-left-width: 6px;
    border-radius: var(--_radius);
  }

  .error strong {
    display: block;
    color: var(--_danger);
  }

  .error p {
    margin: 0.25rem 0 0.75rem;
  }
`,Va=t(Symbol(`certinomis-order-context`)),Ha={fr:{"brand.logo":`Logo {name}`,"brand.test":`Mode test`,"brand.testHint":`les commandes de test ne sont jamais honorées`,"catalog.heading":`Liste des produits`,"catalog.loading":`Chargement du catalogue…`,"catalog.unreachable":`Le service de commande est momentanément injoignable.`,"catalog.unreachableHint":`Vérifiez votre connexion puis réessayez.`,"catalog.failed":`Le catalogue n’a pas pu être chargé.`,"catalog.empty":`Aucun produit n’est disponible pour le moment.`,"catalog.retry":`Réessayer`,"catalog.intro":`Sélectionnez la durée de validité du certificat en cliquant sur Commander. Tous les certificats sont utilisables pour signer des marchés publics, des flux PES, et pour s’authentifier (logiciels de télétransmission des actes).`,"space.loading":`Chargement de l’espace client…`,"product.order":`Commander`,"product.more":`En savoir plus →`,"product.less":`Masquer le détail`,"product.ht":`HT`,"product.validity.one":`{n} an`,"product.validity.other":`{n} ans`,"product.orderLabel":`Commander : {label}`,"product.moreLabel":`En savoir plus : {label}`,"order.title":`Commande du certificat`,"quantity.intro":`Sélectionnez le nombre de certificats souhaités.`,"quantity.note":`Il n’est pas possible de commander en une seule fois des certificats avec une durée de validité différente. Si nécessaire, passez plusieurs commandes.`,"quantity.help":`De 1 à 50 certificats.`,"summary.title":`Récapitulatif`,"summary.product":`Produit`,"summary.quantity":`Quantité`,"summary.lineHt":`Montant HT`,"summary.ht":`Montant HT`,"summary.vat":`TVA ({rate} %)`,"summary.ttc":`Montant TTC`,"summary.loading":`Calcul du montant…`,"summary.failed":`Le montant n’a pas pu être calculé.`,"summary.perCertif":`{price} HT/certif`,"form.title":`Formulaire de commande`,"form.intro":`Merci d’inscrire les coordonnées de la personne en charge de la saisie du dossier de demande de certificat.`,"form.steps":`Étapes de la commande`,"form.done":`terminée`,"form.errors":`{n} champ(s) à corriger. {first}`,"form.required":`Les champs marqués d’un * sont obligatoires.`,"step.identification":`Identification client`,"step.options":`Options`,"step.payment":`Paiement`,"step.review":`Récapitulatif et CGV`,"button.cancel":`Annuler`,"button.reset":`Réinitialiser`,"button.back":`← Retour`,"button.next":`Suivant →`,"button.order":`Commander`,"button.ordering":`Commande en cours…`,"button.retry":`Réessayer`,"button.close":`Fermer`,"button.newOrder":`Nouvelle commande`,"buttons.label":`Actions`,"identification.intro":`Renseignez les informations de la personne qui aura accès au dossier de commande. Il ne s’agit pas obligatoirement du futur détenteur du certificat, mais d’un tiers qui se charge de suivre le dossier de commande.`,"identification.emailHelp":`L’adresse mail indiquée est importante car il s’agit de l’identifiant permettant de suivre le statut de la commande.`,"identification.billingDifferent":`Les informations de facturation sont différentes`,"identification.billing":`Informations de facturation`,"identification.choose":`Choisir…`,"identification.mme":`Madame`,"identification.mr":`Monsieur`,"identification.siretFound":`Établissement trouvé : {name}.`,"identification.siretCheck":`Vérifier le SIRET`,"field.customer.civility":`Civilité`,"field.customer.firstName":`Prénom`,"field.customer.lastName":`Nom`,"field.customer.email":`Email`,"field.customer.emailConfirmation":`Vérification email`,"field.customer.phone":`Téléphone`,"field.customer.country":`Pays`,"field.customer.companyName":`Raison sociale`,"field.customer.siret":`Siret`,"field.customer.address":`Adresse`,"field.customer.postalCode":`Code postal`,"field.customer.city":`Ville`,"field.billing.companyName":`Raison sociale (facturation)`,"field.billing.address":`Adresse (facturation)`,"field.billing.postalCode":`Code postal (facturation)`,"field.billing.city":`Ville (facturation)`,"field.billing.country":`Pays (facturation)`,"field.billing.email":`Email de facturation`,"field.quantity":`Nombre de certificats`,"field.options.usbReader":`Lecteur format clé USB`,"field.options.express":`Option traitement Express`,"field.payment.method":`Mode de paiement`,"field.payment.siret":`Siret`,"field.payment.serviceCode":`Code service`,"field.payment.chorusOrderNumber":`Numéro commande Chorus`,"field.payment.transferReference":`Référence du virement`,"field.payment.chequeNumber":`Numéro de chèque`,"field.payment.bank":`Banque`,"field.cgvAccepted":`CGV`,"field.cgvVersion":`CGV`,"field.product":`Produit`,"options.intro":`Sélectionnez les options souhaitées :`,"options.usbMandatory":`obligatoire si c’est votre premier certificat CERTINOMIS`,"options.usbLocked":`Premier certificat CERTINOMIS pour cet établissement : le lecteur format clé USB est obligatoire.`,"payment.intro":`Choisissez le mode de paiement.`,"payment.mandate":`Mandat administratif`,"payment.transfer":`Virement à la commande`,"payment.cheque":`Chèque à la commande`,"payment.mandateWhy":`Pourquoi pas de mandat administratif ?`,"payment.mandateReason":`Le mandat administratif n’est proposé que si le SIRET correspond à une administration publique.`,"payment.mandateIntro":`Le mandat administratif nécessite la saisie de 3 informations (Chorus Pro).`,"payment.siretHelp":`Le SIRET de l’organisme`,"payment.serviceCodeHelp":`Le code service`,"payment.chorusHelp":`Le numéro de commande Chorus`,"payment.transferIntro":`Le paiement par virement devra être effectif pour que le certificat soit créé et envoyé.`,"payment.holder":`Titulaire du compte`,"payment.holderHelp":`Merci d’effectuer votre virement sur le compte ci-dessous ; veillez à bien indiquer dans votre ordre de virement la référence de la commande concernée.`,"payment.rib":`RIB`,"payment.bankCode":`Code banque`,"payment.branchCode":`Code guichet`,"payment.account":`Numéro de compte`,"payment.ribKey":`Clé RIB`,"payment.iban":`IBAN`,"payment.bic":`BIC`,"payment.domiciliation":`Domiciliation`,"payment.referenceHelp":`Indiquez la référence du virement. Cette référence devra se retrouver dans le libellé du virement.`,"payment.chequeIntro":`Pour le paiement par chèque, celui-ci devra être reçu par Certinomis pour que le certificat soit créé et envoyé.`,"payment.chequeNumberHelp":`Saisir le numéro du chèque (7 chiffres)`,"payment.bankHelp":`Indiquer le nom de la banque`,"review.intro":`Vérifiez votre commande puis acceptez les CGV pour pouvoir commander le certificat.`,"review.buyer":`Commande passée par`,"review.method":`Paiement`,"review.cgv":`Acceptation des CGV`,"review.readCgv":`Lire les CGV`,"review.cgvHint":`Il faut parcourir toutes les CGV pour pouvoir confirmer.`,"review.cgvAccepted":`Vous avez lu et accepté les CGV (version {version}).`,"review.cgvLoading":`Chargement des CGV…`,"review.cgvScroll":`Faites défiler les CGV jusqu’en bas du document pour pouvoir les accepter.`,"review.accept":`J’ai lu et accepte les CGV`,"review.networkError":`La commande n’a pas pu être envoyée : le service est injoignable. Vos informations sont conservées.`,"review.inFlight":`Votre commande est en cours de traitement. Réessayez dans un instant.`,"review.failed":`La commande n’a pas pu être enregistrée.`,"review.fix":`Corrigez les informations signalées :`,"confirm.title":`Commande enregistrée`,"confirm.reference":`Référence de la commande`,"confirm.email":`Un e-mail de confirmation a été envoyé à {email}.`,"confirm.next":`Il est important de cliquer sur le lien présent dans le mail et de continuer la commande : créez votre compte dans l’espace client avec cette adresse e-mail, puis complétez un dossier par certificat.`,"confirm.space":`Accéder à l’espace client`,"confirm.payTitle":`Règlement`,"confirm.transfer":`Effectuez un virement de {amount} au compte ci-dessous. Le certificat ne sera produit qu’à réception du paiement.`,"confirm.label":`Libellé du virement à indiquer`,"confirm.cheque":`Envoyez un chèque de {amount} à l’ordre de {payee} à l’adresse : {address}. Le certificat ne sera produit qu’à réception du paiement.`,"confirm.mandate":`Paiement par mandat administratif : la facture sera déposée sur Chorus Pro (SIRET {siret}, code service {serviceCode}, engagement {chorus}), payable sous {days} jours.`},en:{"brand.logo":`{name} logo`,"brand.test":`Test mode`,"brand.testHint":`test orders are never fulfilled`,"catalog.heading":`Products`,"catalog.loading":`Loading the catalogue…`,"catalog.unreachable":`The ordering service cannot be reached right now.`,"catalog.unreachableHint":`Check your connection and try again.`,"catalog.failed":`The catalogue could not be loaded.`,"catalog.empty":`No product is available at the moment.`,"catalog.retry":`Try again`,"catalog.intro":`Choose how long the certificate is valid by clicking Order. Every certificate can sign public procurement bids and PES flows, and authenticate (e-filing of acts).`,"space.loading":`Loading the client space…`,"product.order":`Order`,"product.more":`Learn more →`,"product.less":`Hide details`,"product.ht":`excl. VAT`,"product.validity.one":`{n} year`,"product.validity.other":`{n} years`,"product.orderLabel":`Order: {label}`,"product.moreLabel":`Learn more: {label}`,"order.title":`Certificate order`,"quantity.intro":`Choose how many certificates you need.`,"quantity.note":`Certificates with different validities cannot be ordered together. If needed, place several orders.`,"quantity.help":`From 1 to 50 certificates.`,"summary.title":`Summary`,"summary.product":`Product`,"summary.quantity":`Quantity`,"summary.lineHt":`Amount excl. VAT`,"summary.ht":`Total excl. VAT`,"summary.vat":`VAT ({rate}%)`,"summary.ttc":`Total incl. VAT`,"summary.loading":`Computing the amount…`,"summary.failed":`The amount could not be computed.`,"summary.perCertif":`{price} excl. VAT/certificate`,"form.title":`Order form`,"form.intro":`Please enter the details of the person in charge of the certificate application.`,"form.steps":`Order steps`,"form.done":`done`,"form.errors":`{n} field(s) to correct. {first}`,"form.required":`Fields marked with * are required.`,"step.identification":`Customer details`,"step.options":`Options`,"step.payment":`Payment`,"step.review":`Summary and terms of sale`,"button.cancel":`Cancel`,"button.reset":`Reset`,"button.back":`← Back`,"button.next":`Next →`,"button.order":`Order`,"button.ordering":`Placing the order…`,"button.retry":`Try again`,"button.close":`Close`,"button.newOrder":`New order`,"buttons.label":`Actions`,"identification.intro":`Enter the details of the person who will follow the order. This need not be the future certificate holder: it can be someone who handles the application.`,"identification.emailHelp":`This e-mail address matters: it is the identifier used to follow the status of the order.`,"identification.billingDifferent":`The billing details are different`,"identification.billing":`Billing details`,"identification.choose":`Choose…`,"identification.mme":`Mrs`,"identification.mr":`Mr`,"identification.siretFound":`Establishment found: {name}.`,"identification.siretCheck":`Check the SIRET`,"field.customer.civility":`Title`,"field.customer.firstName":`First name`,"field.customer.lastName":`Last name`,"field.customer.email":`Email`,"field.customer.emailConfirmation":`Confirm email`,"field.customer.phone":`Phone`,"field.customer.country":`Country`,"field.customer.companyName":`Company name`,"field.customer.siret":`SIRET`,"field.customer.address":`Address`,"field.customer.postalCode":`Postal code`,"field.customer.city":`City`,"field.billing.companyName":`Company name (billing)`,"field.billing.address":`Address (billing)`,"field.billing.postalCode":`Postal code (billing)`,"field.billing.city":`City (billing)`,"field.billing.country":`Country (billing)`,"field.billing.email":`Billing email`,"field.quantity":`Number of certificates`,"field.options.usbReader":`USB key reader`,"field.options.express":`Express processing`,"field.payment.method":`Payment method`,"field.payment.siret":`SIRET`,"field.payment.serviceCode":`Service code`,"field.payment.chorusOrderNumber":`Chorus order number`,"field.payment.transferReference":`Transfer reference`,"field.payment.chequeNumber":`Cheque number`,"field.payment.bank":`Bank`,"field.cgvAccepted":`Terms of sale`,"field.cgvVersion":`Terms of sale`,"field.product":`Product`,"options.intro":`Choose the options you want:`,"options.usbMandatory":`mandatory for your first CERTINOMIS certificate`,"options.usbLocked":`First CERTINOMIS certificate for this establishment: the USB key reader is mandatory.`,"payment.intro":`Choose how to pay.`,"payment.mandate":`Administrative mandate`,"payment.transfer":`Bank transfer with the order`,"payment.cheque":`Cheque with the order`,"payment.mandateWhy":`Why no administrative mandate?`,"payment.mandateReason":`The administrative mandate is only offered when the SIRET belongs to a public administration.`,"payment.mandateIntro":`The administrative mandate needs 3 pieces of information (Chorus Pro).`,"payment.siretHelp":`The SIRET of the body`,"payment.serviceCodeHelp":`The service code`,"payment.chorusHelp":`The Chorus order number`,"payment.transferIntro":`The transfer must have been received for the certificate to be produced and sent.`,"payment.holder":`Account holder`,"payment.holderHelp":`Please make your transfer to the account below and quote the order reference in the transfer.`,"payment.rib":`RIB`,"payment.bankCode":`Bank code`,"payment.branchCode":`Branch code`,"payment.account":`Account number`,"payment.ribKey":`RIB key`,"payment.iban":`IBAN`,"payment.bic":`BIC`,"payment.domiciliation":`Bank`,"payment.referenceHelp":`Enter the transfer reference. It must appear in the label of the transfer.`,"payment.chequeIntro":`The cheque must have been received by Certinomis for the certificate to be produced and sent.`,"payment.chequeNumberHelp":`The cheque number (7 digits)`,"payment.bankHelp":`The name of the bank`,"review.intro":`Check your order, then accept the terms of sale to order the certificate.`,"review.buyer":`Ordered by`,"review.method":`Payment`,"review.cgv":`Terms of sale`,"review.readCgv":`Read the terms of sale`,"review.cgvHint":`You must read the whole terms of sale before accepting them.`,"review.cgvAccepted":`You have read and accepted the terms of sale (version {version}).`,"review.cgvLoading":`Loading the terms of sale…`,"review.cgvScroll":`Scroll to the end of the terms of sale to accept them.`,"review.accept":`I have read and accept the terms of sale`,"review.networkError":`The order could not be sent: the service cannot be reached. Everything you entered is kept.`,"review.inFlight":`Your order is being processed. Try again in a moment.`,"review.failed":`The order could not be placed.`,"review.fix":`Please correct the following:`,"confirm.title":`Order placed`,"confirm.reference":`Order reference`,"confirm.email":`A confirmation e-mail was sent to {email}.`,"confirm.next":`Please follow the link in that e-mail to continue: create your account in the client space with this e-mail address, then complete one application per certificate.`,"confirm.space":`Go to the client space`,"confirm.payTitle":`Payment`,"confirm.transfer":`Transfer {amount} to the account below. The certificate is only produced once the payment is received.`,"confirm.label":`Label to put on the transfer`,"confirm.cheque":`Send a cheque of {amount} payable to {payee} to: {address}. The certificate is only produced once the payment is received.`,"confirm.mandate":`Payment by administrative mandate: the invoice will be filed on Chorus Pro (SIRET {siret}, service code {serviceCode}, commitment {chorus}), payable within {days} days.`}};function J(e,t,n={}){return Ha[e][t].replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):e)}function Ua(e){return e?.toLowerCase().startsWith(`en`)?`en`:`fr`}function Wa(e,t){let n=`field.${t}`;return Object.hasOwn(Ha[e],n)?J(e,n):t}var Ga=class{constructor(e,t,n={}){this.host=e,this.options=n,this.subscription=null,this.seen=null,this.events=[],this.actor=zt(t,{...n.input===void 0?{}:{input:n.input},...n.snapshot===void 0?{}:{snapshot:n.snapshot},inspect:e=>{this.subscription!==null&&e.actorRef===this.actor&&e.type===`@xstate.event`&&this.events.push(e.event)}}),e.addController(this)}get snapshot(){return this.actor.getSnapshot()}send(e){this.actor.send(e)}hostConnected(){this.subscription??=this.actor.subscribe(()=>this.changed(this.events.shift()??null)),this.actor.start(),this.seen!==this.snapshot&&this.changed(null)}hostDisconnected(){this.subscription?.unsubscribe(),this.subscription=null,this.events=[]}changed(e){let t=this.snapshot;this.seen=t,this.options.onChange?.(t,e),this.host.requestUpdate()}},Ka=/* @__PURE__ */ new Map;function qa(e,t,n=`EUR`){let r=e%100==0,i=`${t}:${n}:${r}`,a=Ka.get(i);return a||(a=new Intl.NumberFormat(t===`fr`?`fr-FR`:`en-GB`,{style:`currency`,currency:n,minimumFractionDigits:r?0:2,maximumFractionDigits:2}),Ka.set(i,a)),a.format(e/100)}var Ja=m`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }

  label {
    font-weight: 600;
  }

  .req {
    color: var(--_danger);
  }

  input,
  select {
    font: inherit;
    color: inherit;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.65rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 4px 0 0 var(--_danger);
  }

  :disabled {
    background: var(--_surface-alt);
  }

  p {
    margin: 0;
    font-size: 0.9rem;
  }

  .help {
    color: var(--_muted);
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }
`,Ya=m`
  :host {
    --_primary: var(--certinomis-color-primary, var(--_brand-primary, #1d4f91));
    --_primary-contrast: var(
      --certinomis-color-primary-contrast,
      var(--_brand-on-primary, #ffffff)
    );
    --_accent: var(--certinomis-color-accent, var(--_brand-accent, #f59e0b));
    --_text: var(--certinomis-color-text, #1f2933);
    --_muted: var(--certinomis-color-muted, #52606d);
    --_surface: var(--certinomis-color-surface, #ffffff);
    --_surface-alt: var(--certinomis-color-surface-alt, #f3f5f8);
    --_border: var(--certinomis-color-border, #cbd2d9);
    --_danger: var(--certinomis-color-danger, #b42318);
    --_focus: var(--certinomis-color-focus, var(--_accent));
    --_radius: var(--certinomis-radius, 8px);
    --_space: var(--certinomis-spacing, 1rem);
    font-family: var(
      --certinomis-font-family,
      var(--_brand-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)
    );
    color: var(--_text);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.6em 1.1em;
    min-height: 44px;
  }

  button.primary {
    background: var(--_primary);
    color: var(--_primary-contrast);
    border: 1px solid var(--_primary);
    font-weight: 600;
  }

  button.link {
    background: none;
    border: none;
    color: var(--_primary);
    padding: 0.25em 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;function Y(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a}var X=class extends x{constructor(...e){super(...e),this.name=``,this.label=``,this.type=`text`,this.value=``,this.required=!1,this.disabled=!1,this.help=``,this.error=null,this.autocomplete=``,this.inputmode=``,this.min=null,this.max=null,this.options=[]}static{this.styles=[Ya,Ja]}static{this.shadowRootOptions={...x.shadowRootOptions,delegatesFocus:!0}}render(){let e=[this.help?`h`:``,this.error?`e`:``].join(` `).trim()||y,t=this.error?`true`:`false`,n=this.type===`select`?_`<select
            id="c"
            part="control"
            ?disabled=${this.disabled}
            aria-required=${this.required?`true`:`false`}
            aria-describedby=${e}
            aria-invalid=${t}
            autocomplete=${this.autocomplete||y}
            .value=${this.value}
            @input=${this.onInput}
            @change=${this.onChange}
          >
            ${this.options.map(e=>_`<option value=${e.value} ?selected=${e.value===this.value}>
                  ${e.label}
                </option>`)}
          </select>`:_`<input
            id="c"
            part="control"
            type=${this.type}
            .value=${this.value}
            ?disabled=${this.disabled}
            aria-required=${this.required?`true`:`false`}
            aria-describedby=${e}
            aria-invalid=${t}
            autocomplete=${this.autocomplete||y}
            inputmode=${this.inputmode||y}
            min=${this.min??y}
            max=${this.max??y}
            @input=${this.onInput}
            @change=${this.onChange}
          />`;return _`
      <label for="c" part="label"
        >${this.label}${this.required?_`<span class="req" aria-hidden="true"> *</span>`:y}</label
      >
      ${n}
      ${this.help?_`<p id="h" class="help" part="help">${this.help}</p>`:y}
      <p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
    `}onInput(e){this.value=e.target.value}onChange(){this.dispatchEvent(new Event(`change`,{bubbles:!0}))}};Y([C({reflect:!0})],X.prototype,`name`,void 0),Y([C()],X.prototype,`label`,void 0),Y([C()],X.prototype,`type`,void 0),Y([C()],X.prototype,`value`,void 0),Y([C({type:Boolean})],X.prototype,`required`,void 0),Y([C({type:Boolean})],X.prototype,`disabled`,void 0),Y([C()],X.prototype,`help`,void 0),Y([C({reflect:!0})],X.prototype,`error`,void 0),Y([C()],X.prototype,`autocomplete`,void 0),Y([C()],X.prototype,`inputmode`,void 0),Y([C({type:Number})],X.prototype,`min`,void 0),Y([C({type:Number})],X.prototype,`max`,void 0),Y([C({attribute:!1})],X.prototype,`options`,void 0),X=Y([S(`certinomis-field`)],X);var Xa=m`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  h2 {
    font-size: 1.35rem;
    margin: 0;
  }

  h3 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }

  h4,
  .payee-heading {
    margin: 0;
    font-weight: 700;
  }

  p {
    margin: 0;
  }

  .intro,
  .help,
  .note {
    color: var(--_muted);
  }

  .grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: 1fr;
  }

  .spacer {
    display: none;
  }

  @container (min-width: 32rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .grid .wide {
      grid-column: 1 / -1;
    }

    .spacer {
      display: block;
    }
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    min-height: 44px;
  }

  input[type='checkbox'],
  input[type='radio'] {
    width: 1.35rem;
    height: 1.35rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_primary);
  }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }

  .price {
    font-weight: 700;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  .ok {
    color: #1a7f37;
    font-weight: 600;
  }

  .alert {
    border: 1px solid var(--_danger);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .secondary {
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_primary);
    align-self: flex-start;
  }

  .summary {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface-alt);
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    text-align: left;
    padding: 0.35rem 0.5rem 0.35rem 0;
    vertical-align: top;
  }

  thead th {
    font-size: 0.85rem;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
  }

  tbody th {
    font-weight: 400;
  }

  .num {
    text-align: right;
    white-space: nowrap;
  }

  .code,
  .mono {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .code {
    display: block;
    color: var(--_muted);
  }

  .totals {
    margin: 0.75rem 0 0;
  }

  .totals div {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }

  .totals dd {
    margin: 0;
    font-weight: 600;
  }

  .totals .ttc {
    font-size: 1.2rem;
    border-top: 1px solid var(--_border);
    margin-top: 0.25rem;
    padding-top: 0.25rem;
  }

  .status:empty {
    display: none;
  }

  .payee dl,
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .scroll {
    overflow-x: auto;
  }

  caption {
    text-align: left;
    font-weight: 600;
  }

  .payee {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  a {
    color: var(--_primary);
    font-weight: 600;
  }

  .why {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }

  .info {
    min-height: 0;
    width: 1.6rem;
    height: 1.6rem;
    padding: 0;
    border-radius: 50%;
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 700;
  }

  [role='tooltip'] {
    display: none;
    position: absolute;
    z-index: 1;
    top: 100%;
    left: 0;
    width: min(20rem, 80vw);
    margin-top: 0.35rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.9rem;
  }

  .why:hover [role='tooltip'],
  .info:focus + [role='tooltip'] {
    display: block;
  }

  .why.off [role='tooltip'] {
    display: none;
  }
`,Z=class extends x{constructor(...e){super(...e),this.touched=/* @__PURE__ */ new Set,this.step=null,this.live=null}static{this.styles=[Ya,Xa]}liveIssues(){let{context:e}=this.flow;return this.step===null?[]:(this.live?.context!==e&&(this.live={context:e,issues:Ea(this.step,e)}),this.live.issues)}issueOf(e,t=this.touched.has(e)){return this.flow.context.issues.find(t=>t.field===e)??(t?this.liveIssues().find(t=>t.field===e):void 0)}errorOf(e,t){let n=this.flow.serverErrors.get(e);if(n)return n;let r=this.issueOf(e,t);return r?Hr(this.flow.locale,r.key,r.params):null}touch(e){this.touched.has(e)||(this.touched=new Set(this.touched).add(e))}set(e,t){this.flow.send({type:`purchase.update`,section:e,values:t})}field(e,t,n={}){let r=`${e}.${t}`,i=this.flow.context[e][t],a=n.error===void 0?this.errorOf(r):n.error;return _`<certinomis-field
      part="field"
      class=${n.wide?`wide`:``}
      name=${r}
      label=${Wa(this.flow.locale,r)}
      type=${n.type??`text`}
      .value=${typeof i==`string`&&i!==``?i:n.fallback??``}
      ?required=${n.required??!0}
      help=${n.help??``}
      error=${a??y}
      autocomplete=${n.autocomplete??``}
      inputmode=${n.inputmode??``}
      .options=${n.options??[]}
      @input=${n=>this.set(e,{[t]:n.target.value})}
      @change=${()=>this.touch(r)}
    ></certinomis-field>`}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}async focusFirstError(){await this.updateComplete;let e=this.renderRoot.querySelector(`certinomis-field[error], [aria-invalid="true"]`);return e?.focus(),e!==null}};Y([C({attribute:!1})],Z.prototype,`flow`,void 0),Y([w()],Z.prototype,`touched`,void 0);function Za(e){return e.replace(/\s/g,``).toUpperCase()}function Qa(e){return Za(e).replace(/(.{4})(?=.)/g,`$1 `)}function $a(e,t,n,r={}){let i=t=>qa(t,e);return _`<section class="summary" part="summary" aria-busy=${r.loading?`true`:`false`}>
    <h3>${J(e,`summary.title`)}</h3>
    ${t?_`<table>
            <thead>
              <tr>
                <th scope="col">${J(e,`summary.product`)}</th>
                <th scope="col" class="num">${J(e,`summary.quantity`)}</th>
                <th scope="col" class="num">${J(e,`summary.lineHt`)}</th>
              </tr>
            </thead>
            <tbody>
              ${t.lines.map((t,n)=>_`<tr>
                  <th scope="row">
                    ${t.label}${n===0?_` <span class="code">${t.code}</span>`:y}
                  </th>
                  <td class="num">${t.quantity}</td>
                  <td class="num">${i(t.totalHt)} ${J(e,`product.ht`)}</td>
                </tr>`)}
            </tbody>
          </table>
          <dl class="totals">
            <div><dt>${J(e,`summary.ht`)}</dt><dd>${i(t.totals.ht)}</dd></div>
            <div>
              <dt>${J(e,`summary.vat`,{rate:n})}</dt>
              <dd>${i(t.totals.vat)}</dd>
            </div>
            <div class="ttc"><dt>${J(e,`summary.ttc`)}</dt><dd>${i(t.totals.ttc)}</dd></div>
          </dl>`:y}
    <p class="status" role="status">
      ${r.loading?J(e,`summary.loading`):r.failed?J(e,`summary.failed`):y}
    </p>
  </section>`}function eo(e,t,n){let{rib:r}=t;return _`<div class="payee">
    <p class="payee-heading" role="heading" aria-level=${n}>
      ${J(e,`payment.holder`)}
    </p>
    <p>
      <strong>${t.holder}</strong><br />
      ${t.address}, ${t.postalCode} ${t.city}
    </p>
    ${r?_`<div class="scroll">
            <table>
              <caption>${J(e,`payment.rib`)}</caption>
              <thead>
                <tr>
                  <th scope="col">${J(e,`payment.bankCode`)}</th>
                  <th scope="col">${J(e,`payment.branchCode`)}</th>
                  <th scope="col">${J(e,`payment.account`)}</th>
                  <th scope="col">${J(e,`payment.ribKey`)}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td>${r.bank}</td>
                  <td>${r.branch}</td>
                  <td>${r.account}</td>
                  <td>${r.key}</td>
                </tr>
              </tbody>
            </table>
          </div>`:y}
    <dl>
      <dt>${J(e,`payment.iban`)}</dt>
      <dd class="mono">${Qa(t.iban)}</dd>
      <dt>${J(e,`payment.bic`)}</dt>
      <dd class="mono">${t.bic}</dd>
      <dt>${J(e,`payment.domiciliation`)}</dt>
      <dd>${t.bankName}<br />${t.bankBranch}</dd>
    </dl>
  </div>`}function to(e){return typeof e==`object`&&e&&`reference`in e?e:null}var no=class extends Z{render(){let{locale:e,context:t,catalog:n}=this.flow,r=to(t.order);return r?_`
      <h2 tabindex="-1">${J(e,`confirm.title`)}</h2>
      <p>${J(e,`confirm.reference`)} : <strong class="mono">${r.reference}</strong></p>
      ${$a(e,r,n.vatRate)}
      <p>${J(e,`confirm.email`,{email:t.customer.email??``})}</p>
      <p>${J(e,`confirm.next`)}</p>
      <p><a class="link" href=${r.clientSpaceUrl}>${J(e,`confirm.space`)}</a></p>
      <section class="card">
        <h3>${J(e,`confirm.payTitle`)}</h3>
        ${this.renderPayment(r.payment.instructions)}
      </section>
      <button
        type="button"
        class="secondary"
        @click=${()=>this.flow.send({type:`purchase.reset`})}
      >
        ${J(e,`button.newOrder`)}
      </button>
    `:y}renderPayment(e){let{locale:t}=this.flow;switch(e.method){case`transfer`:return _`<p>
            ${J(t,`confirm.transfer`,{amount:qa(e.amount,t)})}
          </p>
          ${eo(t,e.payee,4)}
          <p>${J(t,`confirm.label`)} : <strong class="mono">${e.label}</strong></p>`;case`cheque`:return _`<p>
          ${J(t,`confirm.cheque`,{amount:qa(e.amount,t),payee:e.payableTo,address:e.mailTo})}
        </p>`;case`mandate`:return _`<p>
          ${J(t,`confirm.mandate`,{siret:e.siret,serviceCode:e.serviceCode,chorus:e.chorusOrderNumber,days:e.paymentTermDays})}
        </p>`}}};no=Y([S(`certinomis-confirmation-step`)],no);function ro(e){let t=e.split(`.`)[0];return t===`customer`||t===`billing`?`identification`:t===`options`||t===`payment`||t===`quantity`?t:t===`product`?`products`:`review`}function io(e){let t=ha.length-1;for(let n of e)t=Math.min(t,ha.indexOf(ro(n)));return ha[t]??`review`}var ao=[`FR`,`BE`,`LU`,`CH`,`MC`,`DE`,`ES`,`IT`,`NL`,`PT`,`GB`,`IE`,`AT`];function oo(e){let t=new Intl.DisplayNames([e],{type:`region`}),[n=`FR`,...r]=ao,i=e=>({value:e,label:t.of(e)??e});return[i(n),...r.map(i).sort((t,n)=>t.label.localeCompare(n.label,e))]}var so=class extends Z{constructor(...e){super(...e),this.step=`identification`,this.countries=null}countryList(){let{locale:e}=this.flow;return this.countries?.locale!==e&&(this.countries={locale:e,options:oo(e)}),this.countries.options}render(){let{locale:e,context:t}=this.flow,n=this.countryList(),r=e=>this.field(e,`country`,{type:`select`,options:n,autocomplete:e===`billing`?`billing country`:`country`,fallback:`FR`});return _`
      <h2 tabindex="-1">${J(e,`step.identification`)}</h2>
      <p class="intro">${J(e,`identification.intro`)}</p>
      <p class="help">${J(e,`form.required`)}</p>
      <div class="grid">
        ${this.field(`customer`,`civility`,{type:`select`,autocomplete:`honorific-prefix`,options:[{value:``,label:J(e,`identification.choose`)},{value:`MME`,label:J(e,`identification.mme`)},{value:`MR`,label:J(e,`identification.mr`)}]})}
        <span class="spacer"></span>
        ${this.field(`customer`,`firstName`,{autocomplete:`given-name`})}
        ${this.field(`customer`,`lastName`,{autocomplete:`family-name`})}
        ${this.field(`customer`,`email`,{type:`email`,autocomplete:`email`,help:J(e,`identification.emailHelp`)})}
        ${this.field(`customer`,`emailConfirmation`,{type:`email`,autocomplete:`email`})}
        ${this.field(`customer`,`phone`,{type:`tel`,autocomplete:`tel`})}
        ${r(`customer`)}
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
        ${J(e,`identification.billingDifferent`)}
      </label>
      ${t.billingDifferent?_`<fieldset>
              <legend>${J(e,`identification.billing`)}</legend>
              <div class="grid">
                ${this.field(`billing`,`companyName`,{autocomplete:`billing organization`})}
                ${this.field(`billing`,`address`,{autocomplete:`billing street-address`})}
                ${this.field(`billing`,`postalCode`,{autocomplete:`billing postal-code`,inputmode:`numeric`})}
                ${this.field(`billing`,`city`,{autocomplete:`billing address-level2`})}
                ${r(`billing`)}
                ${this.field(`billing`,`email`,{type:`email`,required:!1,autocomplete:`billing email`})}
              </div>
            </fieldset>`:y}
    `}siretField(){let{locale:e,context:t}=this.flow,n=Ii(t.customer.siret??``)!==`format`,r=t.organisationStatus,i=``;r===`pending`?i=Hr(e,`validation.siret_pending`):r===`found`&&t.organisation&&(i=J(e,`identification.siretFound`,{name:t.organisation.name}));let a=this.issueOf(`customer.siret`,n||this.touched.has(`customer.siret`)),o=a&&a.key!==`validation.siret_pending`&&a.key!==`validation.siret_unverified`?Hr(e,a.key,a.params):null;return _`<div class="siret">
      ${this.field(`customer`,`siret`,{inputmode:`numeric`,help:i,error:this.flow.serverErrors.get(`customer.siret`)??o})}
      ${r===`error`?_`<button type="button" class="secondary" @click=${()=>this.flow.lookup()}>
              ${J(e,`identification.siretCheck`)}
            </button>`:y}
    </div>`}};so=Y([S(`certinomis-identification-step`)],so);var co={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},lo=e=>(...t)=>({_$litDirective$:e,values:t}),uo=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}},{I:fo}=Je,po=e=>e.strings===void 0,mo={},ho=(e,t=mo)=>e._$AH=t,go=lo(class extends uo{constructor(e){if(super(e),e.type!==co.PROPERTY&&e.type!==co.ATTRIBUTE&&e.type!==co.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!po(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[t]){if(t===v||t===y)return t;let n=e.element,r=e.name;if(e.type===co.PROPERTY){if(t===n[r])return v}else if(e.type===co.BOOLEAN_ATTRIBUTE){if(!!t===n.hasAttribute(r))return v}else if(e.type===co.ATTRIBUTE&&n.getAttribute(r)===t+``)return v;return ho(e),t}}),_o=class{constructor(e,t=250){this.host=e,this.delay=t,this.value=null,this.loading=!1,this.failed=!1,this.key=``,this.abort=null,e.addController(this)}request(e,t,n){let r=`${n}${JSON.stringify(t)}`;r!==this.key&&(this.key=r,this.cancel(),this.loading=!0,this.timer=setTimeout(()=>void this.fetch(e,t),this.value?this.delay:0))}async fetch(e,t){let n=new AbortController;this.abort=n;try{let r=await e.getQuote(t,n.signal);if(n.signal.aborted)return;this.value=r,this.failed=!1}catch{if(n.signal.aborted)return;this.failed=!0}this.loading=!1,this.host.requestUpdate()}cancel(){clearTimeout(this.timer),this.abort?.abort()}hostConnected(){}hostDisconnected(){this.cancel(),this.key=``}},vo={usb_reader:`usbReader`,express:`express`},yo=class extends Z{constructor(...e){super(...e),this.step=`options`,this.quote=new _o(this)}willUpdate(e){super.willUpdate(e);let{context:t,client:n,locale:r}=this.flow;if(t.product){let e={product:t.product,quantity:t.quantity,options:t.options};this.quote.request(n,e,r)}}render(){let{locale:e,catalog:t}=this.flow;return _`
      <h2 tabindex="-1">${J(e,`step.options`)}</h2>
      <p class="intro">${J(e,`options.intro`)}</p>
      ${t.options.map(e=>this.renderOption(e))}
      ${$a(e,this.quote.value,t.vatRate,this.quote)}
    `}renderOption(e){let{locale:t,context:n}=this.flow,r=vo[e.code];if(!r)return y;let i=`options.${r}`,a=r===`usbReader`&&n.organisation?.firstCertificate===!0,o=this.errorOf(i,!0),s=[`d-${r}`,a?`l-${r}`:``,o?`e-${r}`:``].filter(Boolean).join(` `);return _`<div class="card" part="card">
      <label class="choice">
        <input
          type="checkbox"
          name=${i}
          .checked=${go(n.options[r])}
          ?disabled=${a}
          aria-describedby=${s}
          aria-invalid=${o?`true`:`false`}
          @change=${e=>this.set(`options`,{[r]:e.target.checked})}
        />
        <span>
          <strong>${e.label}</strong>
          ${e.rule?_`(${J(t,`options.usbMandatory`)})`:y}
        </span>
      </label>
      <p class="price">
        ${J(t,`summary.perCertif`,{price:qa(e.priceHt,t)})}
      </p>
      <p class="help" id=${`d-${r}`}>${e.description}</p>
      ${a?_`<p class="ok" id=${`l-${r}`}><span aria-hidden="true">🔒</span> ${J(t,`options.usbLocked`)}</p>`:y}
      ${o?_`<p class="error" id=${`e-${r}`}>${o}</p>`:y}
    </div>`}};yo=Y([S(`certinomis-options-step`)],yo);var bo=class extends Z{constructor(...e){super(...e),this.step=`payment`,this.tipOff=!1}render(){let{locale:e,context:t}=this.flow,n=t.payment.method,r=t.organisation?.publicAdministration===!0,i=this.errorOf(`payment.method`,!1),a=r?[`mandate`,`transfer`,`cheque`]:[`transfer`,`cheque`];return _`
      <h2 tabindex="-1">${J(e,`step.payment`)}</h2>
      <p class="intro">${J(e,`payment.intro`)}</p>
      <fieldset aria-describedby=${i?`e-method`:y}>
        <legend>${Wa(e,`payment.method`)} <span class="error" aria-hidden="true">*</span></legend>
        ${a.map(t=>_`<label class="choice">
            <input
              type="radio"
              name="payment.method"
              value=${t}
              .checked=${go(n===t)}
              aria-invalid=${i?`true`:`false`}
              @change=${()=>this.set(`payment`,{method:t})}
            />
            ${J(e,`payment.${t}`)}
          </label>`)}
        ${r?y:_`<span class="why ${this.tipOff?`off`:``}" @mouseenter=${this.showTip}>
                <button
                  type="button"
                  class="info"
                  aria-label=${J(e,`payment.mandateWhy`)}
                  aria-describedby="tip"
                  @focus=${this.showTip}
                  @keydown=${e=>{e.key===`Escape`&&(this.tipOff=!0)}}
                >
                  ?
                </button>
                <span role="tooltip" id="tip">${J(e,`payment.mandateReason`)}</span>
                <span class="help" aria-hidden="true">${J(e,`payment.mandateWhy`)}</span>
              </span>`}
        ${i?_`<p class="error" id="e-method">${i}</p>`:y}
      </fieldset>
      ${n?this.renderMethod(n):y}
    `}showTip(){this.tipOff=!1}renderMethod(e){let{locale:t,catalog:n}=this.flow;switch(e){case`mandate`:return _`<p>${J(t,`payment.mandateIntro`)}</p>
          <div class="grid">
            ${this.field(`payment`,`siret`,{inputmode:`numeric`,help:J(t,`payment.siretHelp`)})}
            ${this.field(`payment`,`serviceCode`,{help:J(t,`payment.serviceCodeHelp`)})}
            ${this.field(`payment`,`chorusOrderNumber`,{help:J(t,`payment.chorusHelp`)})}
          </div>`;case`transfer`:return _`<p>${J(t,`payment.transferIntro`)}</p>
          <p class="help">${J(t,`payment.holderHelp`)}</p>
          ${eo(t,n.payee,3)}
          ${this.field(`payment`,`transferReference`,{help:J(t,`payment.referenceHelp`)})}`;case`cheque`:return _`<p>${J(t,`payment.chequeIntro`)}</p>
          <div class="grid">
            ${this.field(`payment`,`chequeNumber`,{inputmode:`numeric`,help:J(t,`payment.chequeNumberHelp`)})}
            ${this.field(`payment`,`bank`,{help:J(t,`payment.bankHelp`)})}
          </div>`}}};Y([w()],bo.prototype,`tipOff`,void 0),bo=Y([S(`certinomis-payment-step`)],bo);function xo(e){return`certinomis-order:${e||`public`}:purchase`}function So(){try{return globalThis.sessionStorage??null}catch{return null}}function Co(e,t){try{t?So()?.setItem(e,JSON.stringify(t)):So()?.removeItem(e)}catch{}}var wo=e=>typeof e==`object`&&!!e&&!Array.isArray(e);function To(e){try{let t=JSON.parse(So()?.getItem(e)??`null`);if(!wo(t)||t.v!==1||!ga(t.state))return null;let n=t.context;return!wo(n)||!wo(n.customer)||!wo(n.billing)||!wo(n.options)||!wo(n.payment)||!Array.isArray(n.issues)||typeof n.quantity!=`number`?null:t}catch{return null}}function Eo(){return typeof crypto.randomUUID==`function`?crypto.randomUUID():[...crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(16))].map(e=>e.toString(16).padStart(2,`0`)).join(``)}var Do=m`
  :host {
    display: block;
  }

  h2 {
    font-size: 1.35rem;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .intro {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }

  ul.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }

  li.card {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  h3 {
    font-size: 1.1rem;
    margin: 0;
  }

  .blurb {
    margin: 0;
    color: var(--_muted);
  }

  .price {
    font-size: 1.5rem;
    font-weight: 700;
    margin: 0;
  }

  .price small {
    font-size: 0.9rem;
    font-weight: 400;
  }

  .validity {
    display: inline-block;
    align-self: flex-start;
    background: var(--_surface-alt);
    border-radius: 999px;
    padding: 0.1rem 0.7rem;
    font-size: 0.9rem;
  }

  .features {
    margin: 0;
    padding-left: 1.1rem;
    font-size: 0.95rem;
  }

  .actions {
    margin-top: auto;
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.25rem;
  }
`,Oo=class extends x{constructor(...e){super(...e),this.products=[],this.expanded=/* @__PURE__ */ new Set}static{this.styles=[Ya,Do]}render(){let{locale:e}=this.context;return _`
      <h2 tabindex="-1">${J(e,`catalog.heading`)}</h2>
      <p class="intro">${J(e,`catalog.intro`)}</p>
      <ul class="cards">
        ${this.products.map(e=>this.renderCard(e))}
      </ul>
    `}renderCard(e){let{locale:t}=this.context,n=this.expanded.has(e.code),r=J(t,e.validityYears===1?`product.validity.one`:`product.validity.other`,{n:e.validityYears}),i=`details-${e.code}`;return _`
      <li class="card" part="card" data-code=${e.code}>
        <h3>${e.label}</h3>
        <p class="blurb">${e.blurb}</p>
        <p class="price">
          ${qa(e.priceHt,t)} <small>${J(t,`product.ht`)}</small>
        </p>
        <span class="validity">${r}</span>
        <ul class="features" id=${i} ?hidden=${!n}>
          ${e.features.map(e=>_`<li>${e}</li>`)}
        </ul>
        <div class="actions">
          <button
            class="primary"
            part="order-button"
            aria-label=${J(t,`product.orderLabel`,{label:e.label})}
            @click=${()=>this.select(e.code)}
          >
            ${J(t,`product.order`)}
          </button>
          <button
            class="link"
            aria-expanded=${n?`true`:`false`}
            aria-controls=${i}
            aria-label=${J(t,`product.moreLabel`,{label:e.label})}
            @click=${()=>this.toggle(e.code)}
          >
            ${J(t,n?`product.less`:`product.more`)}
          </button>
        </div>
      </li>
    `}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}toggle(e){let t=new Set(this.expanded);t.delete(e)||t.add(e),this.expanded=t}select(e){this.dispatchEvent(new CustomEvent(`certinomis-product-select`,{detail:{code:e},bubbles:!0,composed:!0}))}};Y([s({context:Va,subscribe:!0}),C({attribute:!1})],Oo.prototype,`context`,void 0),Y([C({attribute:!1})],Oo.prototype,`products`,void 0),Y([w()],Oo.prototype,`expanded`,void 0),Oo=Y([S(`certinomis-product-list`)],Oo);var ko=class extends Z{constructor(...e){super(...e),this.quote=new _o(this)}willUpdate(e){super.willUpdate(e);let{context:t,client:n,locale:r}=this.flow;t.product&&this.quote.request(n,{product:t.product,quantity:t.quantity,options:{usbReader:!1,express:!1}},r)}render(){let{locale:e,context:t,catalog:n}=this.flow;return _`
      <h2 tabindex="-1">${J(e,`order.title`)}</h2>
      <p class="intro">${J(e,`quantity.intro`)}</p>
      <certinomis-field
        part="field"
        name="quantity"
        type="number"
        inputmode="numeric"
        min="1"
        max="50"
        required
        label=${J(e,`field.quantity`)}
        help=${J(e,`quantity.help`)}
        .value=${String(t.quantity)}
        error=${this.errorOf(`quantity`)??y}
        @input=${this.onInput}
      ></certinomis-field>
      <p class="note">${J(e,`quantity.note`)}</p>
      ${$a(e,this.quote.value,n.vatRate,this.quote)}
    `}onInput(e){let t=e.target.value.trim();this.flow.send({type:`purchase.setQuantity`,quantity:t===``?NaN:Number(t)})}};ko=Y([S(`certinomis-quantity-step`)],ko);var Ao=m`
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
`,jo=/^(H[1-6]|P|UL|OL|LI|STRONG|EM|B|I|BR|A|SECTION|TABLE|THEAD|TBODY|TR|TH|TD|SPAN|DIV|BLOCKQUOTE|SMALL|SUP|SUB)$/;function Mo(e){let t=document.createElement(`template`);t.innerHTML=e;let n=t.content;for(let e of[...n.querySelectorAll(`*`)])if(!jo.test(e.tagName))/^(SCRIPT|STYLE|IFRAME|OBJECT|EMBED|TEMPLATE|LINK|META)$/.test(e.tagName)?e.remove():e.replaceWith(...e.childNodes);else{for(let t of[...e.attributes])e.tagName===`A`&&t.name===`href`&&/^https?:/i.test(t.value)||e.removeAttribute(t.name);e.tagName===`A`&&e.setAttribute(`rel`,`noopener`)}return document.importNode(n,!0)}var Q=class extends Z{constructor(...e){super(...e),this.step=`review`,this.quote=new _o(this,0),this.cgv=null,this.cgvFailed=!1,this.read=!1,this.content=null,this.observer=null}static{this.styles=[...Z.styles,Ao]}connectedCallback(){super.connectedCallback(),this.cgv||this.loadCgv()}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null}async loadCgv(){this.cgvFailed=!1;try{let e=await this.flow.client.getCgv();this.content=Mo(e.html),this.cgv=e}catch{this.cgvFailed=!0}}willUpdate(e){super.willUpdate(e);let{context:t,client:n,locale:r}=this.flow;if(t.product){let e={product:t.product,quantity:t.quantity,options:t.options};this.quote.request(n,e,r)}}updated(){this.sentinel&&this.body&&!this.observer&&(this.observer=new IntersectionObserver(e=>{e.some(e=>e.isIntersecting)&&(this.read=!0)},{root:this.body}),this.observer.observe(this.sentinel))}openCgv(){this.dialog.showModal(),this.cgv||this.loadCgv()}render(){let{locale:e,context:t,catalog:n,state:r}=this.flow,{customer:i,payment:a}=t,o=this.errorOf(`cgvAccepted`)??this.errorOf(`cgvVersion`);return _`
      <h2 tabindex="-1">${J(e,`step.review`)}</h2>
      <p class="intro">${J(e,`review.intro`)}</p>
      ${$a(e,this.quote.value,n.vatRate,this.quote)}
      <dl class="facts">
        <dt>${J(e,`review.buyer`)}</dt>
        <dd>
          ${i.firstName} ${i.lastName} — ${i.email}<br />
          ${i.companyName} (SIRET ${i.siret})
        </dd>
        <dt>${J(e,`review.method`)}</dt>
        <dd>${a.method?J(e,`payment.${a.method}`):``}</dd>
      </dl>
      <section class="card" aria-labelledby="cgv-h">
        <h3 id="cgv-h">${J(e,`review.cgv`)}</h3>
        ${t.cgvAccepted?_`<p class="ok">
                <span aria-hidden="true">✓</span>
                ${J(e,`review.cgvAccepted`,{version:t.cgvVersion??``})}
              </p>`:_`<p class="help">${J(e,`review.cgvHint`)}</p>`}
        <button
          type="button"
          class="secondary"
          aria-haspopup="dialog"
          aria-describedby=${o?`e-cgv`:y}
          aria-invalid=${o?`true`:`false`}
          @click=${this.openCgv}
        >
          ${J(e,`review.readCgv`)}
        </button>
        ${o?_`<p class="error" id="e-cgv">${o}</p>`:y}
      </section>
      ${r===`review`?this.renderFailure():y}
      ${this.renderDialog()}
    `}renderFailure(){let{locale:e,context:t}=this.flow,n=t.submitError;return!(n instanceof q)||n.status===422&&n.problem?.errors?.length?y:_`<div class="alert" role="alert">
      <p>${n.isNetwork?J(e,`review.networkError`):n.status===409?J(e,`review.inFlight`):`${J(e,`review.failed`)} ${n.problem?.detail??``}`}</p>
      <button type="button" class="primary" @click=${()=>this.flow.send({type:`purchase.retry`})}>
        ${J(e,`button.retry`)}
      </button>
    </div>`}renderDialog(){let{locale:e}=this.flow;return _`<dialog part="dialog" aria-labelledby="dlg-h">
      <h2 id="dlg-h">${this.cgv?.title??J(e,`review.cgv`)}</h2>
      <div class="cgv-body" tabindex="0" role="region" aria-labelledby="dlg-h">
        ${this.cgv?_`${this.content}<div class="sentinel"></div>`:this.cgvFailed?_`<p class="error">${J(e,`summary.failed`)}</p>
                  <button type="button" class="secondary" @click=${this.loadCgv}>
                    ${J(e,`button.retry`)}
                  </button>`:_`<p role="status">${J(e,`review.cgvLoading`)}</p>`}
      </div>
      <p class="help" id="scroll-hint">${this.read?``:J(e,`review.cgvScroll`)}</p>
      <div class="dialog-buttons">
        <button type="button" class="secondary" @click=${()=>this.dialog.close()}>
          ${J(e,`button.close`)}
        </button>
        <button
          type="button"
          class="primary accept"
          ?disabled=${!this.read||!this.cgv}
          aria-describedby="scroll-hint"
          @click=${this.accept}
        >
          ${J(e,`review.accept`)}
        </button>
      </div>
    </dialog>`}accept(){this.cgv&&(this.flow.send({type:`purchase.acceptCgv`,version:this.cgv.version}),this.dialog.close())}};Y([w()],Q.prototype,`cgv`,void 0),Y([w()],Q.prototype,`cgvFailed`,void 0),Y([w()],Q.prototype,`read`,void 0),Y([nt(`dialog`)],Q.prototype,`dialog`,void 0),Y([nt(`.sentinel`)],Q.prototype,`sentinel`,void 0),Y([nt(`.cgv-body`)],Q.prototype,`body`,void 0),Q=Y([S(`certinomis-review-step`)],Q);var No=/* @__PURE__ */ W(/* @__PURE__ */ U(),/* @__PURE__ */ L(/^#[0-9a-fA-F]{6}$/)),Po=/* @__PURE__ */ W(/* @__PURE__ */ U(),/* @__PURE__ */ Qr(200),/* @__PURE__ */ L(/^[\p{L}\p{N} ,'"_-]+$/u)),Fo=/* @__PURE__ */ W(/* @__PURE__ */ U(),zi(),/* @__PURE__ */ Qr(2e3),/* @__PURE__ */ L(/^(https:\/\/[^\s"'()\\]+|\/(?!\/)[^\s"'()\\]*)$/)),Io=/* @__PURE__ */ V({displayName:/* @__PURE__ */ W(/* @__PURE__ */ U(),zi(),/* @__PURE__ */ z(),/* @__PURE__ */ $r(1),/* @__PURE__ */ Qr(80)),logoUrl:/* @__PURE__ */ B(Fo),colors:/* @__PURE__ */ V({primary:No,onPrimary:No,accent:No}),font:/* @__PURE__ */ B(Po),defaultLocale:/* @__PURE__ */ di([`fr`,`en`])}),Lo={displayName:`CERTINOMIS`,logoUrl:null,colors:{primary:`#1d4f91`,onPrimary:`#ffffff`,accent:`#f59e0b`},font:null,defaultLocale:`fr`};function Ro(e){let t=e&&typeof e==`object`?e:{},n=(e,t,n)=>{let r=/* @__PURE__ */ hi(e,t);return r.success?r.output:n},r=t.colors&&typeof t.colors==`object`?t.colors:{};return{displayName:n(Io.entries.displayName,t.displayName,Lo.displayName),logoUrl:n(/* @__PURE__ */ B(Fo),t.logoUrl,Lo.logoUrl),colors:{primary:n(No,r.primary,Lo.colors.primary),onPrimary:n(No,r.onPrimary,Lo.colors.onPrimary),accent:n(No,r.accent,Lo.colors.accent)},font:n(/* @__PURE__ */ B(Po),t.font,Lo.font),defaultLocale:n(/* @__PURE__ */ di([`fr`,`en`]),t.defaultLocale,Lo.defaultLocale)}}function zo(e,t){let n=e&&typeof e==`object`?e:{},r=Ro(n.branding),i=null;try{i=r.logoUrl?new URL(r.logoUrl,t).href:null}catch{i=null}return{branding:r,test:n.mode===`test`,logo:i}}function Bo({colors:e,font:t}){return`:host{--_brand-primary:${e.primary};--_brand-on-primary:${e.onPrimary};--_brand-accent:${e.accent}}${t?`:host{--_brand-font:${t}}`:``}`}function Vo(e,t,n){if(!(e instanceof ShadowRoot)||!e.adoptedStyleSheets)return null;let r=n??new CSSStyleSheet;return r.replaceSync(Bo(t.branding)),e.adoptedStyleSheets.includes(r)||(e.adoptedStyleSheets=[...e.adoptedStyleSheets,r]),r}function Ho(e,t){return e.logo?_`<img
        class="brand-logo"
        part="logo"
        src=${e.logo}
        alt=${J(t,`brand.logo`,{name:e.branding.displayName})}
        @error=${e=>{e.target.hidden=!0}}
      />`:y}function Uo(e,t){return e.test?_`<span class="test-badge" part="test-badge" title=${J(t,`brand.testHint`)}
        >${J(t,`brand.test`)}<span class="visually-hidden"
          >: ${J(t,`brand.testHint`)}</span
        ></span
      >`:y}function Wo(e,t){return _`<div class="brand" part="brand">
    ${Ho(e,t)}<span class="brand-name">${e.branding.displayName}</span>
    ${Uo(e,t)}
  </div>`}var Go=m`
  .brand {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
    padding-bottom: 0.5rem;
    border-bottom: 2px solid var(--_accent);
  }

  .brand-name {
    font-weight: 700;
    font-size: 1.05rem;
  }

  .brand-logo {
    display: block;
    height: 2rem;
    width: auto;
    max-width: 9rem;
    object-fit: contain;
  }

  .test-badge {
    margin-left: auto;
    padding: 0.05rem 0.55rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    white-space: nowrap;
  }
`,Ko=e=>`certinomis-order:${e||`public`}:locale`;function qo(e){try{let t=globalThis.sessionStorage?.getItem(Ko(e));return t===`fr`||t===`en`?t:null}catch{return null}}function Jo(e,t){try{let n=globalThis.sessionStorage;t===`fr`?n?.removeItem(Ko(e)):n?.setItem(Ko(e),t)}catch{}}var Yo=m`
  :host {
    display: block;
  }

  .bar,
  .bar > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .bar {
    justify-content: space-between;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  button:not(.primary) {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }

  @container (max-width: 32rem) {
    .bar,
    .bar > div {
      flex-direction: column-reverse;
      width: 100%;
    }
  }
`,Xo=class extends x{constructor(...e){super(...e),this.locale=`fr`,this.actions=[],this.busy=!1}static{this.styles=[Ya,Yo]}render(){let{locale:e}=this,t=e=>this.actions.includes(e),n=(e,n,r=``)=>t(e)?_`<button type="button" class=${r} ?disabled=${this.busy} @click=${()=>this.act(e)}>
            ${n}
          </button>`:y;return _`<div class="bar" role="group" aria-label=${J(e,`buttons.label`)}>
      <div class="secondary">
        ${n(`cancel`,J(e,`button.cancel`))} ${n(`reset`,J(e,`button.reset`))}
      </div>
      <div class="primary-group">
        ${n(`back`,J(e,`button.back`))}
        ${t(`next`)?_`<button type="button" class="primary" part="next-button" @click=${()=>this.act(`next`)}>
                ${J(e,`button.next`)}
              </button>`:y}
        ${t(`order`)?_`<button
                type="button"
                class="primary"
                part="order-button"
                ?disabled=${this.busy}
                aria-busy=${this.busy?`true`:`false`}
                @click=${()=>this.act(`order`)}
              >
                ${J(e,this.busy?`button.ordering`:`button.order`)}
              </button>`:y}
      </div>
    </div>`}act(e){this.dispatchEvent(new CustomEvent(`certinomis-action`,{detail:{action:e},bubbles:!0,composed:!0}))}};Y([C()],Xo.prototype,`locale`,void 0),Y([C({attribute:!1})],Xo.prototype,`actions`,void 0),Y([C({type:Boolean})],Xo.prototype,`busy`,void 0),Xo=Y([S(`certinomis-button-bar`)],Xo);var Zo=m`
  :host {
    display: block;
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }

  li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_muted);
  }

  .n {
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 700;
  }

  .current {
    color: var(--_primary);
    font-weight: 700;
  }

  .current .n {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_primary-contrast);
  }

  .done {
    color: var(--_text);
  }
`,Qo=class extends x{constructor(...e){super(...e),this.labels=[],this.current=0,this.label=``,this.doneLabel=``}static{this.styles=[Ya,Zo]}render(){return _`<ol aria-label=${this.label||y}>
      ${this.labels.map((e,t)=>{let n=t<this.current?`done`:t===this.current?`current`:``;return _`<li class=${n} part="step" aria-current=${n===`current`?`step`:y}>
          <span class="n" part="number">${t+1}</span> ${e}${n===`done`?_`<span class="visually-hidden"> (${this.doneLabel})</span>`:y}
        </li>`})}
    </ol>`}};Y([C({attribute:!1})],Qo.prototype,`labels`,void 0),Y([C({type:Number})],Qo.prototype,`current`,void 0),Y([C()],Qo.prototype,`label`,void 0),Y([C({attribute:`done-label`})],Qo.prototype,`doneLabel`,void 0),Qo=Y([S(`certinomis-stepper`)],Qo);var $o=[`identification`,`options`,`payment`,`review`,`submitting`],es=[`identification`,`options`,`payment`],ts=[[`companyName`,`name`],[`address`,`address`],[`postalCode`,`postalCode`],[`city`,`city`]],ns=(()=>{try{let e=new URL(import.meta.url).origin;return e===`null`?globalThis.location.origin:e}catch{return globalThis.location.origin}})(),$=class extends x{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=null,this.mode=`purchase`,this.product=null,this.load={state:`loading`},this.brand=null,this.brandLocale=null,this.brandSheet=null,this.space=`idle`,this.serverErrors=/* @__PURE__ */ new Map,this.announcement=``,this.abort=null,this.flow=null,this.lastState=null,this.lastStep=null,this.pendingFocus=null,this.idempotency=null,this.lookupAbort=null,this.lookupScheduled=null,this.lookupFilled={}}static{this.styles=[Ya,Ba,Go]}get state(){return this.flow?this.flow.snapshot.value:null}fill(e){e.customer&&this.send({type:`purchase.update`,section:`customer`,values:e.customer}),e.billing&&(this.send({type:`purchase.setBillingDifferent`,value:!0}),this.send({type:`purchase.update`,section:`billing`,values:e.billing})),e.options&&this.send({type:`purchase.update`,section:`options`,values:e.options}),e.payment&&this.send({type:`purchase.update`,section:`payment`,values:e.payment})}get apiBase(){return new URL(this.api||ns,globalThis.location.href).href}willUpdate(e){(!this.context||e.has(`partnerKey`))&&(this.brandLocale=qo(this.partnerKey));let t=Ua(this.locale||this.brandLocale),n=!this.context||e.has(`api`)||e.has(`partnerKey`)||e.has(`mode`),r=n||t!==this.context.locale;r&&(this.context={locale:t,client:new Ra({baseUrl:this.apiBase,partnerKey:this.partnerKey,locale:t})}),this.mode===`space`?(this.space===`idle`&&this.loadSpace(),n&&(this.partnerKey?this.fetchCatalog():this.forgetBrand())):r&&this.fetchCatalog(),e.has(`product`)&&this.product&&this.flow&&this.send({type:`purchase.selectProduct`,product:this.product})}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.load.state===`loading`&&this.needsCatalog&&this.fetchCatalog()}async loadSpace(){this.space=`loading`;try{await import(`./client-space-DTKf6cy3.js`),this.space=`ready`}catch{this.space=`error`}}async fetchCatalog(){this.abort?.abort();let e=new AbortController;this.abort=e,this.load={state:`loading`};try{let t=await this.context.client.getCatalog(e.signal);if(e.signal.aborted)return;this.applyBrand(zo(t.partner,this.apiBase));let n=this.brand?.branding.defaultLocale??`fr`;if(Jo(this.partnerKey,n),this.brandLocale!==n&&(this.brandLocale=n,this.requestUpdate(),!this.locale&&this.mode!==`space`&&n!==this.context.locale))return;this.mode!==`space`&&this.startFlow(t),this.load={state:`ready`,catalog:t}}catch(t){if(e.signal.aborted)return;let n=t instanceof q?t:new q(0,null);this.load={state:`error`,error:n},this.mode!==`space`&&this.emitError(n,J(this.context.locale,`catalog.unreachable`))}}get needsCatalog(){return this.mode!==`space`||!!this.partnerKey}forgetBrand(){this.abort?.abort(),this.brand=null,this.brandSheet?.replaceSync(``)}applyBrand(e){this.brand=e,this.brandSheet=Vo(this.renderRoot,e,this.brandSheet)}startFlow(e){if(this.flow)return;let t=La.provide({actors:{submitOrder:pr(({input:e})=>this.placeOrder(e))}}),n=e.products.map(e=>e.code),r=To(xo(this.partnerKey));this.idempotency=r?.idempotency??null;let i=r?t.resolveState({value:r.state,context:{...r.context,organisationStatus:r.context.organisationStatus===`pending`?`idle`:r.context.organisationStatus,productCodes:n,order:null,submitError:null}}):void 0;this.flow=new Ga(this,t,{input:{...this.product?{product:this.product}:{},productCodes:n},...i?{snapshot:i}:{},onChange:(e,t)=>this.onFlowChange(e,t)})}send(e){this.flow&&(this.forgetServerErrors(e),this.flow.send(e))}forgetServerErrors(e){if(this.serverErrors.size===0)return;let t=[];e.type===`purchase.update`?t=`method`in e.values?[`payment.`]:Object.keys(e.values).map(t=>`${e.section}.${t}`):e.type===`purchase.setBillingDifferent`?t=[`billing.`]:e.type===`purchase.acceptCgv`?t=[`cgv`]:e.type===`purchase.setQuantity`?t=[`quantity`]:(e.type===`purchase.cancel`||e.type===`purchase.reset`)&&(t=[``]);let n=[...this.serverErrors].filter(([e])=>!t.some(t=>e.startsWith(t)));n.length!==this.serverErrors.size&&(this.serverErrors=new Map(n))}onFlowChange(e,t){let n=e.value,{context:r}=e,{order:i,submitError:a,...o}=r,s=this.lastState;this.lastState=n,this.emit(`certinomis:state`,{state:n,event:t}),Co(xo(this.partnerKey),n===`confirmed`?null:{v:1,state:n===`submitting`?`review`:n,context:o,idempotency:this.idempotency});let c=n===`submitting`?`review`:n;if(c!==this.lastStep&&(this.lastStep!==null&&(this.pendingFocus=`heading`),this.lastStep=c,this.emit(`certinomis:step`,{step:c,product:r.product})),s===`submitting`&&n===`confirmed`){let e=to(r.order);e&&this.emit(`certinomis:order-placed`,{reference:e.reference,totals:e.totals,totalTTC:e.totals.ttc})}s===`submitting`&&n===`review`&&this.onOrderRefused(r.submitError);let l=r.customer.siret??``;r.organisationStatus===`idle`&&$o.includes(n)&&Ii(l)===null&&this.lookupScheduled!==l&&(this.lookupScheduled=l,queueMicrotask(()=>{this.lookupScheduled=null,this.lookupOrganisation(l)}))}onOrderRefused(e){let t=e instanceof q&&e.status===422?e.problem?.errors:null;if(!t?.length){e instanceof q&&this.announce(e.problem?.title??J(this.context.locale,`catalog.unreachable`));return}this.serverErrors=new Map(t.map(e=>[e.field,e.message])),this.announceErrors(t.map(e=>[e.field,e.message]));let n=io(this.serverErrors.keys()),r=ha.indexOf(`review`)-ha.indexOf(n===`products`?`quantity`:n);for(let e=0;e<r;e++)this.flow?.send({type:`purchase.back`});this.pendingFocus=`error`}async lookupOrganisation(e){let t=this.flow;if(!t)return;this.lookupAbort?.abort();let n=new AbortController;this.lookupAbort=n,t.send({type:`purchase.lookupStarted`,siret:e});let r=null,i;try{r=await this.context.client.getOrganisation(e,n.signal),i=Ur(r)}catch(e){if(n.signal.aborted)return;i=e instanceof q&&e.status===404?`unknown`:`error`,i===`error`&&e instanceof q&&(e.isNetwork||e.status>=500)&&this.emitError(e,J(this.context.locale,`catalog.unreachable`))}let a=r&&{siret:r.siret,name:r.name,active:r.active,publicAdministration:r.publicAdministration,firstCertificate:r.firstCertificate,legalCategory:r.legalCategory};t.send({type:`purchase.organisationResolved`,siret:e,organisation:a,status:i}),r&&i===`found`&&t.snapshot.context.organisation?.siret===r.siret&&this.fillFromLookup(r)}fillFromLookup(e){let t=this.flow?.snapshot.context.customer??{},n={};for(let[r,i]of ts){let a=(t[r]??``).trim();(a===``||a===this.lookupFilled[r])&&(n[r]=e[i])}this.lookupFilled=Object.fromEntries(ts.map(([t,n])=>[t,e[n]])),Object.keys(n).length>0&&this.send({type:`purchase.update`,section:`customer`,values:n})}async placeOrder(e){let t=JSON.stringify(e);this.idempotency?.request!==t&&(this.idempotency={key:Eo(),request:t}),this.serverErrors=/* @__PURE__ */ new Map;try{return await this.context.client.placeOrder(e,this.idempotency.key)}catch(e){let t=e instanceof q?e:new q(0,null);throw t.problem?.type?.includes(`idempotency-key-reused`)&&(this.idempotency=null),t.status!==422&&this.emitError(t,J(this.context.locale,`review.failed`)),t}}render(){let{locale:e}=this.context;if(this.mode===`space`)return this.renderSpace();switch(this.load.state){case`loading`:return _`<div class="status" role="status" aria-live="polite">
          ${J(e,`catalog.loading`)}
        </div>`;case`error`:{let{error:t}=this.load;return _`<div class="error" role="alert">
          <strong>
            ${t.isNetwork?J(e,`catalog.unreachable`):J(e,`catalog.failed`)}
          </strong>
          <p>
            ${t.isNetwork?J(e,`catalog.unreachableHint`):t.problem?.detail??t.message}
          </p>
          <button class="primary" @click=${()=>this.fetchCatalog()}>
            ${J(e,`catalog.retry`)}
          </button>
        </div>`}case`ready`:{let{products:t}=this.load.catalog;return t.length===0?_`<div class="status">${J(e,`catalog.empty`)}</div>`:_`<div class="frame">
            ${this.brand?Wo(this.brand,e):y}${this.renderFlow(this.load.catalog)}
          </div>
          <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`}}return y}renderSpace(){let{locale:e}=this.context;return this.space===`ready`&&(this.brand||!this.needsCatalog||this.load.state===`error`)?_`<certinomis-client-space
        exportparts="field, submit, dossier-button, language, logout, logo, test-badge"
        .api=${this.apiBase}
        .brand=${this.brand}
        partner-key=${this.partnerKey??y}
        locale=${e}
        @certinomis:locale=${e=>{this.locale=e.detail.locale}}
      ></certinomis-client-space>`:this.space===`error`?_`<div class="error" role="alert">
          <strong>${J(e,`catalog.unreachable`)}</strong>
          <p>${J(e,`catalog.unreachableHint`)}</p>
          <button class="primary" @click=${()=>this.loadSpace()}>${J(e,`catalog.retry`)}</button>
        </div>`:_`<div class="status" role="status" aria-live="polite">${J(e,`space.loading`)}</div>`}renderFlow(e){let t=this.flow;if(!t)return y;let{locale:n,client:r}=this.context,i=t.snapshot,a=i.value,o={locale:n,client:r,catalog:e,state:a,context:i.context,send:e=>this.send(e),serverErrors:this.serverErrors,lookup:()=>{let e=t.snapshot.context.customer.siret;e&&this.lookupOrganisation(e)}};switch(a){case`products`:return _`<certinomis-product-list
          data-screen
          exportparts="card, order-button"
          .products=${e.products}
          @certinomis-product-select=${e=>this.send({type:`purchase.selectProduct`,product:e.detail.code})}
        ></certinomis-product-list>`;case`quantity`:return _`<certinomis-quantity-step
            data-screen
            exportparts="field, summary"
            .flow=${o}
          ></certinomis-quantity-step>
          ${this.renderButtons([`cancel`,`back`,`next`])}`;case`confirmed`:return _`<certinomis-confirmation-step
          data-screen
          exportparts="summary"
          .flow=${o}
        ></certinomis-confirmation-step>`;default:return this.renderForm(o)}}renderForm(e){let{locale:t,state:n}=e,r=es.indexOf(n),i;switch(n){case`identification`:i=_`<certinomis-identification-step data-screen exportparts="field" .flow=${e}></certinomis-identification-step>`;break;case`options`:i=_`<certinomis-options-step data-screen exportparts="card, summary" .flow=${e}></certinomis-options-step>`;break;case`payment`:i=_`<certinomis-payment-step data-screen exportparts="field" .flow=${e}></certinomis-payment-step>`;break;default:i=_`<certinomis-review-step data-screen exportparts="summary" .flow=${e}></certinomis-review-step>`}let a=n===`review`||n===`submitting`;return _`
      <p class="form-title">${J(t,`form.title`)}</p>
      <p class="intro">${J(t,`form.intro`)}</p>
      <certinomis-stepper
        part="stepper"
        label=${J(t,`form.steps`)}
        done-label=${J(t,`form.done`)}
        .labels=${es.map(e=>J(t,`step.${e}`))}
        current=${r===-1?es.length:r}
      ></certinomis-stepper>
      ${this.serverErrors.size>0?_`<div class="error">
              <strong>${J(t,`review.fix`)}</strong>
              <ul>
                ${[...this.serverErrors].map(([e,n])=>_`<li>${Wa(t,e)} : ${n}</li>`)}
              </ul>
            </div>`:y}
      ${i}
      ${this.renderButtons([`cancel`,`reset`,`back`,a?`order`:`next`],n===`submitting`)}
    `}renderButtons(e,t=!1){return _`<certinomis-button-bar
      part="buttons"
      exportparts="order-button"
      locale=${this.context.locale}
      .actions=${e}
      ?busy=${t}
      @certinomis-action=${e=>this.onAction(e.detail.action)}
    ></certinomis-button-bar>`}onAction(e){let t=this.flow;if(!t)return;let n=t.snapshot.value,r={cancel:`purchase.cancel`,reset:`purchase.reset`,back:`purchase.back`,next:`purchase.next`,order:`purchase.submit`}[e];this.send({type:r});let i=t.snapshot;if((e===`next`||e===`order`)&&i.value===n){let e=i.context.issues;e.length>0&&(this.announceErrors(e.map(e=>[e.field,Hr(this.context.locale,e.key,e.params)])),this.pendingFocus=`error`)}}announceErrors(e){let[t]=e;if(!t)return;let{locale:n}=this.context;this.announce(J(n,`form.errors`,{n:e.length,first:`${Wa(n,t[0])} : ${t[1]}`}))}announce(e){this.announcement=e===this.announcement?`${e}\u00a0`:e}async updated(){let e=this.pendingFocus;if(!e)return;this.pendingFocus=null;let t=this.renderRoot.querySelector(`[data-screen]`);t&&(await t.updateComplete,e===`error`&&`focusFirstError`in t&&await t.focusFirstError()||await t.focusHeading())}emitError(e,t){this.emit(`certinomis:error`,{status:e.status,title:e.problem?.title??t})}emit(e,t){this.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}};Y([C()],$.prototype,`api`,void 0),Y([C({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),Y([C()],$.prototype,`locale`,void 0),Y([C()],$.prototype,`mode`,void 0),Y([C()],$.prototype,`product`,void 0),Y([o({context:Va}),w()],$.prototype,`context`,void 0),Y([w()],$.prototype,`load`,void 0),Y([w()],$.prototype,`brand`,void 0),Y([w()],$.prototype,`space`,void 0),Y([w()],$.prototype,`serverErrors`,void 0),Y([w()],$.prototype,`announcement`,void 0),$=Y([S(`certinomis-order`)],$);export{j as $,F as A,ti as B,G as C,$ as CertinomisOrder,Oi as D,ki as E,$r as F,hi as G,W as H,I,z as J,U as K,ui as L,Zr as M,li as N,Ei as O,Qr as P,Lr as Q,V as R,Hi as S,Ai as T,fi as U,di as V,L as W,mi as X,pi as Y,Hr as Z,Wi as _,Uo as a,y as at,Ji as b,Ya as c,J as d,pr as et,Ua as f,K as g,_a as h,Go as i,x as it,ai as j,_i as k,Ja as l,q as m,Ho as n,C as nt,Xa as o,_ as ot,Ra as p,R as q,zo as r,S as rt,Y as s,m as st,Zo as t,w as tt,Ga as u,Ki as v,zi as w,Ui as x,qi as y,H as z};
//# sourceMappingURL=certinomis-order.js.map