import{C as e,T as t,_ as n,a as r,b as i,d as a,g as o,h as s,i as c,m as l,n as u,p as d,s as f,t as p,u as m,v as h,x as g,y as _}from"./notice.styles-DZDzJTdc.js";function ee(e){try{return JSON.parse(e)}catch{return{}}}var v=ee("{\"purchase\":[[\"./certinomis-purchase-BhLKrL8F.js\",\"sha384-jQOtuWmgaHqPJinqhQQipSUAD3aRji8s4ytpb3EY+B4SHK59lCZCjt0rcrtYNRrv\"],[\"./notice.styles-DZDzJTdc.js\",\"sha384-K3DQrMXg05vI7wF8jcgkOdmL4LjdLoq1SPeh+W0aaqIgi9a3Zd0jtrO5tielRe5z\"],[\"./step.styles-ZEbnk9W2.js\",\"sha384-2O+OlRtW1a8sK3hlRbAt/WKvR2mnr71ABRr9QjYRkxNHcqeOxc10eNAu7K4/Yp2i\"]],\"space\":[[\"./client-space-hEdcDFb-.js\",\"sha384-J1eTbqLRpnMqufEDGmws/1rNCEZmTQAVFPzo71oV2ElZiuHLgKGiJc+lNSAnrCmr\"],[\"./notice.styles-DZDzJTdc.js\",\"sha384-K3DQrMXg05vI7wF8jcgkOdmL4LjdLoq1SPeh+W0aaqIgi9a3Zd0jtrO5tielRe5z\"],[\"./step.styles-ZEbnk9W2.js\",\"sha384-2O+OlRtW1a8sK3hlRbAt/WKvR2mnr71ABRr9QjYRkxNHcqeOxc10eNAu7K4/Yp2i\"]]}"),y=/* @__PURE__ */ new Map;function b(e,t){let n=new URL(e,import.meta.url).href,r=y.get(n);return r||(r=new Promise((r,i)=>{let a=document.createElement(`link`);a.rel=`modulepreload`,a.href=n,a.integrity=t,a.crossOrigin=`anonymous`,a.addEventListener(`load`,()=>r()),a.addEventListener(`error`,()=>{y.delete(n),a.remove(),i(/* @__PURE__ */ Error(`${e}: not loaded or integrity mismatch`))}),document.head.append(a)}),y.set(n,r)),r}function x(e){for(let[t,n]of v[e]??[])b(t,n).catch(()=>{})}async function S(e,t){return await Promise.all((v[e]??[]).map(([e,t])=>b(e,t))),t()}var C=(()=>{try{let e=new URL(import.meta.url).origin;return e===`null`?globalThis.location.origin:e}catch{return globalThis.location.origin}})();function w(e){(globalThis.requestIdleCallback??(e=>setTimeout(e,200)))(e)}var T=/* @__PURE__ */ new Map;function E(e,t,n=`EUR`){let r=e%100==0,i=`${t}:${n}:${r}`,a=T.get(i);return a||(a=new Intl.NumberFormat(t===`fr`?`fr-FR`:`en-GB`,{style:`currency`,currency:n,minimumFractionDigits:r?0:2,maximumFractionDigits:2}),T.set(i,a)),a.format(e/100)}var D=t`
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

  /* Commander clicked before the purchase has loaded: it answers at once (busy). */
  button[aria-busy='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  button[aria-busy='true']::after {
    content: '';
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-start: 0.5em;
    vertical-align: -0.1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: certinomis-spin 0.8s linear infinite;
  }
  @keyframes certinomis-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    button[aria-busy='true']::after {
      animation: none;
    }
  }
`,O=class extends i{constructor(...e){super(...e),this.locale=`fr`,this.products=[],this.busy=null,this.expanded=/* @__PURE__ */ new Set}static{this.styles=[r,D]}render(){let{locale:t}=this;return e`
      <h2 tabindex="-1">${f(t,`catalog.heading`)}</h2>
      <p class="intro">${f(t,`catalog.intro`)}</p>
      <ul class="cards">
        ${this.products.map(e=>this.renderCard(e))}
      </ul>
    `}renderCard(t){let{locale:n}=this,r=this.expanded.has(t.code),i=f(n,t.validityYears===1?`product.validity.one`:`product.validity.other`,{n:t.validityYears}),a=`details-${t.code}`;return e`
      <li class="card" part="card" data-code=${t.code}>
        <h3>${t.label}</h3>
        <p class="blurb">${t.blurb}</p>
        <p class="price">
          ${E(t.priceHt,n)} <small>${f(n,`product.ht`)}</small>
        </p>
        <span class="validity">${i}</span>
        <ul class="features" id=${a} ?hidden=${!r}>
          ${t.features.map(t=>e`<li>${t}</li>`)}
        </ul>
        <div class="actions">
          <button
            class="primary"
            part="order-button"
            aria-busy=${this.busy===t.code?`true`:`false`}
            aria-label=${f(n,`product.orderLabel`,{label:t.label})}
            @click=${()=>this.select(t.code)}
          >
            ${f(n,`product.order`)}
          </button>
          <button
            class="link"
            aria-expanded=${r?`true`:`false`}
            aria-controls=${a}
            aria-label=${f(n,`product.moreLabel`,{label:t.label})}
            @click=${()=>this.toggle(t.code)}
          >
            ${f(n,r?`product.less`:`product.more`)}
          </button>
        </div>
      </li>
    `}async focusHeading(){await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}toggle(e){let t=new Set(this.expanded);t.delete(e)||t.add(e),this.expanded=t}select(e){this.dispatchEvent(new CustomEvent(`certinomis-product-select`,{detail:{code:e},bubbles:!0,composed:!0}))}};c([h({attribute:!1})],O.prototype,`locale`,void 0),c([h({attribute:!1})],O.prototype,`products`,void 0),c([h({attribute:!1})],O.prototype,`busy`,void 0),c([n()],O.prototype,`expanded`,void 0),O=c([_(`certinomis-product-list`)],O);function k(e){return`certinomis-order:${e||`public`}:purchase`}function A(){try{return globalThis.sessionStorage??null}catch{return null}}function j(e){try{return A()?.getItem(k(e))!=null}catch{return!1}}var M=/^#[0-9a-fA-F]{6}$/,N=/^[\p{L}\p{N} ,'"_-]+$/u,P=/^(https:\/\/[^\s"'()\\]+|\/(?!\/)[^\s"'()\\]*)$/,F={displayName:`CERTINOMIS`,logoUrl:null,colors:{primary:`#1d4f91`,onPrimary:`#ffffff`,accent:`#f59e0b`},font:null,defaultLocale:`fr`};function I(e){let t=e&&typeof e==`object`?e:{},n=t.colors&&typeof t.colors==`object`?t.colors:{},r=(e,t,n)=>typeof e==`string`&&t(e)?e:n,i=e=>r(n[e],e=>M.test(e),F.colors[e]);return{displayName:r(t.displayName,e=>e.trim().length>0,``).trim().slice(0,80)||F.displayName,logoUrl:r(t.logoUrl,e=>e.length<=2e3&&P.test(e),null),colors:{primary:i(`primary`),onPrimary:i(`onPrimary`),accent:i(`accent`)},font:r(t.font,e=>e.length<=200&&N.test(e),null),defaultLocale:d.includes(t.defaultLocale)?t.defaultLocale:F.defaultLocale}}function L(e,t){let n=e&&typeof e==`object`?e:{},r=I(n.branding),i=null;try{i=r.logoUrl?new URL(r.logoUrl,t).href:null}catch{i=null}return{branding:r,test:n.mode===`test`,logo:i}}function R({colors:e,font:t}){return`:host{--_brand-primary:${e.primary};--_brand-on-primary:${e.onPrimary};--_brand-accent:${e.accent}}${t?`:host{--_brand-font:${t}}`:``}`}function z(e,t,n){if(!(e instanceof ShadowRoot)||!e.adoptedStyleSheets)return null;let r=n??new CSSStyleSheet;return r.replaceSync(R(t.branding)),e.adoptedStyleSheets.includes(r)||(e.adoptedStyleSheets=[...e.adoptedStyleSheets,r]),r}function B(t,n){return t.logo?e`<img
        class="brand-logo"
        part="logo"
        src=${t.logo}
        alt=${f(n,`brand.logo`,{name:t.branding.displayName})}
        @error=${e=>{e.target.hidden=!0}}
      />`:g}function V(t,n){return t.test?e`<span class="test-badge" part="test-badge" title=${f(n,`brand.testHint`)}
        >${f(n,`brand.test`)}<span class="visually-hidden"
          >: ${f(n,`brand.testHint`)}</span
        ></span
      >`:g}function H(t,n){return e`<div class="brand" part="brand">
    ${B(t,n)}<span class="brand-name">${t.branding.displayName}</span>
    ${V(t,n)}
  </div>`}var U=t`
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
`,W=e=>`certinomis-order:${e||`public`}:locale`;function G(e){try{let t=globalThis.sessionStorage?.getItem(W(e));return t===`fr`||t===`en`?t:null}catch{return null}}function K(e,t){try{let n=globalThis.sessionStorage;t===`fr`?n?.removeItem(W(e)):n?.setItem(W(e),t)}catch{}}function q(e,t,n){e.dispatchEvent(new CustomEvent(t,{detail:n,bubbles:!0,composed:!0}))}function J(e,t,n){q(e,`certinomis:error`,{status:t.status,title:t.problem?.title??n})}var Y=class{constructor(e,t){this.host=e,this.locale=t,this.loading=null,e.addController(this)}hostUpdate(){this.ready()}ready(e=this.locale()){return m(e)?!0:(this.loading??=a(e).catch(()=>void 0).finally(()=>{this.loading=null,this.host.requestUpdate()}),!1)}get settled(){return this.loading??Promise.resolve()}};function X(t){return e`<div class="status" role="status" aria-live="polite">${t}</div>`}function Z(t,n,r,i){return e`<div class="error" role="alert">
    <strong>${t}</strong>
    <p>${n}</p>
    <button class="primary" @click=${i}>${f(r,`catalog.retry`)}</button>
  </div>`}function Q(e,t){return Z(f(e,`catalog.unreachable`),f(e,`catalog.unreachableHint`),e,t)}function te(e,t,n){return t.isNetwork?Q(e,n):Z(f(e,`catalog.failed`),t.problem?.detail??t.message,e,n)}var $=class extends i{constructor(...e){super(...e),this.api=``,this.partnerKey=null,this.locale=null,this.mode=`purchase`,this.product=null,this.language=new Y(this,()=>this.context?.locale??`fr`),this.load={state:`loading`},this.brand=null,this.brandLocale=null,this.brandSheet=null,this.space=`idle`,this.purchaseChunk=`idle`,this.purchase=null,this.purchaseStart=null,this.listAnnounced=!1,this.abort=null,this.purchaseLoad=null,this.prefetchPurchase=()=>{this.purchaseChunk===`idle`&&this.loadPurchase()}}static{this.styles=[r,u,p,U]}get state(){return this.purchaseStart?this.purchase?.state??null:this.mode!==`space`&&this.load.state===`ready`?`products`:null}fill(e){this.purchase?.fill(e)}async getUpdateComplete(){let e=await super.getUpdateComplete();for(;!this.language.ready();)await this.language.settled,e=await super.getUpdateComplete();return await this.purchase?.updateComplete??e}get apiBase(){return new URL(this.api||C,globalThis.location.href).href}willUpdate(e){(!this.context||e.has(`partnerKey`))&&(this.brandLocale=G(this.partnerKey));let t=l(this.locale||this.brandLocale),n=!this.context||this.language.ready(t)?t:this.context.locale,r=!this.context||e.has(`api`)||e.has(`partnerKey`)||e.has(`mode`),i=r||n!==this.context.locale;i&&(this.context={locale:n,client:new s({baseUrl:this.apiBase,partnerKey:this.partnerKey,locale:n})}),this.mode===`space`?(this.space===`idle`&&this.loadSpace(),r&&(this.partnerKey?this.fetchCatalog():this.forgetBrand())):i&&this.fetchCatalog(),e.has(`product`)&&this.product&&this.load.state===`ready`&&this.choose(this.product)}disconnectedCallback(){super.disconnectedCallback(),this.abort?.abort()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.load.state===`loading`&&this.needsCatalog&&this.fetchCatalog()}loadSpace(){return this.importChunk(`space`,()=>S(`space`,()=>import(`./client-space-hEdcDFb-.js`)))}loadPurchase(){return this.purchaseChunk===`loading`||this.purchaseChunk===`ready`?(this.requestUpdate(),this.purchaseLoad??Promise.resolve()):(this.purchaseLoad=this.importChunk(`purchaseChunk`,()=>S(`purchase`,()=>import(`./certinomis-purchase-BhLKrL8F.js`))),this.purchaseLoad)}async importChunk(e,t){this[e]=`loading`;try{await t(),await a(this.context.locale).catch(()=>void 0),this[e]=`ready`}catch{this[e]=`error`}}choose(e){this.purchase?this.purchase.selectProduct(e):this.startPurchase({product:null,chosen:e})}startPurchase(e){this.purchaseStart&&!this.purchase&&(this.purchaseStart.chosen=e.chosen),this.purchaseStart??=e,this.loadPurchase()}async fetchCatalog(){this.abort?.abort();let e=new AbortController;this.abort=e,this.load={state:`loading`};try{let t=await this.context.client.getCatalog(e.signal);if(e.signal.aborted)return;this.applyBrand(L(t.partner,this.apiBase));let n=this.brand?.branding.defaultLocale??`fr`;if(K(this.partnerKey,n),this.brandLocale!==n&&(this.brandLocale=n,this.requestUpdate(),!this.locale&&this.mode!==`space`&&n!==this.context.locale))return;this.mode!==`space`&&this.showCatalog(),this.load={state:`ready`,catalog:t}}catch(t){if(e.signal.aborted)return;let n=t instanceof o?t:new o(0,null);this.load={state:`error`,error:n},this.mode!==`space`&&J(this,n,f(this.context.locale,`catalog.unreachable`))}}showCatalog(){this.purchaseStart||this.listAnnounced||(this.product||j(this.partnerKey)?this.startPurchase({product:this.product,chosen:null}):(this.listAnnounced=!0,x(`purchase`),w(this.prefetchPurchase),q(this,`certinomis:state`,{state:`products`,event:null}),q(this,`certinomis:step`,{step:`products`,product:null})))}get needsCatalog(){return this.mode!==`space`||!!this.partnerKey}forgetBrand(){this.abort?.abort(),this.brand=null,this.brandSheet?.replaceSync(``)}applyBrand(e){this.brand=e,this.brandSheet=z(this.renderRoot,e,this.brandSheet)}render(){let{locale:t}=this.context;if(!this.language.ready())return X(`…`);if(this.mode===`space`)return this.renderSpace();switch(this.load.state){case`loading`:return X(f(t,`catalog.loading`));case`error`:return te(t,this.load.error,()=>this.fetchCatalog());case`ready`:{let{catalog:n}=this.load;return n.products.length===0?e`<div class="status">${f(t,`catalog.empty`)}</div>`:e`<div class="frame">
          ${this.brand?H(this.brand,t):g}${this.renderPurchase(n)}
        </div>`}}return g}renderPurchase(t){let{locale:n}=this.context,r=this.purchaseStart;return r&&this.purchaseChunk===`ready`?this.purchaseFor(t,r):r&&this.purchaseChunk===`error`?Q(n,()=>this.loadPurchase()):r&&!r.chosen?X(f(n,`purchase.loading`)):e`<certinomis-product-list
      data-screen
      exportparts="card, order-button"
      .locale=${n}
      .busy=${r?.chosen??null}
      .products=${t.products}
      @pointerenter=${this.prefetchPurchase}
      @focusin=${this.prefetchPurchase}
      @certinomis-product-select=${e=>this.choose(e.detail.code)}
    ></certinomis-product-list>`}purchaseFor(e,t){let n=this.purchase;return n||(n=document.createElement(`certinomis-purchase`),n.setAttribute(`exportparts`,`card, order-button, stepper, buttons, field, summary`),n.product=t.product,n.chosen=t.chosen,this.purchase=n),n.context=this.context,n.catalog=e,n.partnerKey=this.partnerKey,n}renderSpace(){let{locale:t}=this.context;return this.space===`ready`&&(this.brand||!this.needsCatalog||this.load.state===`error`)?e`<certinomis-client-space
        exportparts="field, submit, dossier-button, language, logout, logo, test-badge"
        .api=${this.apiBase}
        .brand=${this.brand}
        partner-key=${this.partnerKey??g}
        locale=${t}
        @certinomis:locale=${e=>{this.locale=e.detail.locale}}
      ></certinomis-client-space>`:this.space===`error`?Q(t,()=>this.loadSpace()):X(f(t,`space.loading`))}};c([h()],$.prototype,`api`,void 0),c([h({attribute:`partner-key`})],$.prototype,`partnerKey`,void 0),c([h()],$.prototype,`locale`,void 0),c([h()],$.prototype,`mode`,void 0),c([h()],$.prototype,`product`,void 0),c([n()],$.prototype,`context`,void 0),c([n()],$.prototype,`load`,void 0),c([n()],$.prototype,`brand`,void 0),c([n()],$.prototype,`space`,void 0),c([n()],$.prototype,`purchaseChunk`,void 0),$=c([_(`certinomis-order`)],$);export{$ as CertinomisOrder,L as a,A as c,B as i,k as l,q as n,U as o,J as r,V as s,Y as t,E as u};
//# sourceMappingURL=certinomis-order.js.map