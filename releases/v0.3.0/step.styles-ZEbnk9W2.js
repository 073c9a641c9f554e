import{C as e,T as t,_ as n,a as r,b as i,f as a,i as o,l as s,r as c,s as l,v as u,x as d,y as f}from"./notice.styles-DZDzJTdc.js";function p(){if(typeof globalThis<`u`)return globalThis;if(typeof self<`u`)return self;if(typeof window<`u`)return window;if(typeof global<`u`)return global}function ee(){let e=p();if(e.__xstate__)return e.__xstate__}var te=e=>{if(typeof window>`u`)return;let t=ee();t&&t.register(e)},ne=class{constructor(e){this._process=e,this._active=!1,this._current=null,this._last=null}start(){this._active=!0,this.flush()}clear(){this._current&&(this._current.next=null,this._last=this._current)}enqueue(e){let t={value:e,next:null};this._current?(this._last.next=t,this._last=t):(this._current=t,this._last=t,this._active&&this.flush())}flush(){for(;this._current;){let e=this._current;this._process(e.value),this._current=e.next}this._last=null}},re=``,ie=`#`,ae=`*`,oe=`xstate.init`,se=`xstate.stop`;function ce(e,t){return{type:`xstate.after.${e}.${t}`}}function le(e,t){return{type:`xstate.done.state.${e}`,output:t}}function ue(e,t){return{type:`xstate.done.actor.${e}`,output:t,actorId:e}}function de(e,t){return{type:`xstate.error.actor.${e}`,error:t,actorId:e}}function fe(e){return{type:oe,input:e}}function m(e){setTimeout(()=>{throw e})}var pe=typeof Symbol==`function`&&Symbol.observable||`@@observable`;function me(e,t){let n=ge(e),r=ge(t);return typeof r==`string`?typeof n==`string`&&r===n:typeof n==`string`?n in r:Object.keys(n).every(e=>e in r&&me(n[e],r[e]))}function he(e){if(xe(e))return e;let t=[],n=``;for(let r=0;r<e.length;r++){switch(e.charCodeAt(r)){case 92:n+=e[r+1],r++;continue;case 46:t.push(n),n=``;continue}n+=e[r]}return t.push(n),t}function ge(e){return Lt(e)?e.value:typeof e==`string`?_e(he(e)):e}function _e(e){if(e.length===1)return e[0];let t={},n=t;for(let t=0;t<e.length-1;t++)if(t===e.length-2)n[e[t]]=e[t+1];else{let r=n;n={},r[e[t]]=n}return t}function ve(e,t){let n={},r=Object.keys(e);for(let i=0;i<r.length;i++){let a=r[i];n[a]=t(e[a],a,e,i)}return n}function ye(e){return xe(e)?e:[e]}function h(e){return e===void 0?[]:ye(e)}function be(e,t,n,r){return typeof e==`function`?e({context:t,event:n,self:r}):e}function xe(e){return Array.isArray(e)}function Se(e){return e.type.startsWith(`xstate.error.actor`)}function g(e){return ye(e).map(e=>e===void 0||typeof e==`string`?{target:e}:e)}function Ce(e){if(e!==void 0&&e!==re)return h(e)}function we(e,t,n){let r=typeof e==`object`,i=r?e:void 0;return{next:(r?e.next:e)?.bind(i),error:(r?e.error:t)?.bind(i),complete:(r?e.complete:n)?.bind(i)}}function Te(e,t){return`${t}.${e}`}function Ee(e,t){let n=t.match(/^xstate\.invoke\.(\d+)\.(.*)/);if(!n)return e.implementations.actors[t];let[,r,i]=n,a=e.getStateNodeById(i).config.invoke;return(Array.isArray(a)?a[r]:a).src}function De(e,t){if(t===e||t===ae)return!0;if(!t.endsWith(`.*`))return!1;let n=t.split(`.`),r=e.split(`.`);for(let e=0;e<n.length;e++){let t=n[e],i=r[e];if(t===`*`)return e===n.length-1;if(t!==i)return!1}return!0}function Oe(e,t){return`${e.sessionId}.${t}`}var ke=0;function Ae(e,t){let n=/* @__PURE__ */ new Map,r=/* @__PURE__ */ new Map,i=/* @__PURE__ */ new WeakMap,a=/* @__PURE__ */ new Set,o={},{clock:s,logger:c}=t,l={schedule:(e,t,n,r,i=Math.random().toString(36).slice(2))=>{let a={source:e,target:t,event:n,delay:r,id:i,startedAt:Date.now()},c=Oe(e,i);u._snapshot._scheduledEvents[c]=a;let l=s.setTimeout(()=>{delete o[c],delete u._snapshot._scheduledEvents[c],u._relay(e,t,n)},r);o[c]=l},cancel:(e,t)=>{let n=Oe(e,t),r=o[n];delete o[n],delete u._snapshot._scheduledEvents[n],r!==void 0&&s.clearTimeout(r)},cancelAll:e=>{for(let t in u._snapshot._scheduledEvents){let n=u._snapshot._scheduledEvents[t];n.source===e&&l.cancel(e,n.id)}}},u={_snapshot:{_scheduledEvents:(t?.snapshot&&t.snapshot.scheduler)??{}},_bookId:()=>`x:${ke++}`,_register:(e,t)=>(n.set(e,t),e),_unregister:e=>{n.delete(e.sessionId);let t=i.get(e);t!==void 0&&(r.delete(t),i.delete(e))},get:e=>r.get(e),getAll:()=>Object.fromEntries(r.entries()),_set:(e,t)=>{let n=r.get(e);if(n&&n!==t)throw Error(`Actor with system ID '${e}' already exists.`);r.set(e,t),i.set(t,e)},inspect:e=>{let t=we(e);return a.add(t),{unsubscribe(){a.delete(t)}}},_sendInspectionEvent:t=>{if(!a.size)return;let n={...t,rootId:e.sessionId};a.forEach(e=>e.next?.(n))},_relay:(e,t,n)=>{u._sendInspectionEvent({type:`@xstate.event`,sourceRef:e,actorRef:t,event:n}),t._send(n)},scheduler:l,getSnapshot:()=>({_scheduledEvents:{...u._snapshot._scheduledEvents}}),start:()=>{let e=u._snapshot._scheduledEvents;u._snapshot._scheduledEvents={};for(let t in e){let{source:n,target:r,event:i,delay:a,id:o}=e[t];l.schedule(n,r,i,a,o)}},_clock:s,_logger:c};return u}var je=!1,_=/*#__PURE__*/ function(e){return e[e.NotStarted=0]=`NotStarted`,e[e.Running=1]=`Running`,e[e.Stopped=2]=`Stopped`,e}({}),Me={clock:{setTimeout:(e,t)=>setTimeout(e,t),clearTimeout:e=>clearTimeout(e)},logger:console.log.bind(console),devTools:!1},Ne=class{constructor(e,t){this.logic=e,this._snapshot=void 0,this.clock=void 0,this.options=void 0,this.id=void 0,this.mailbox=new ne(this._process.bind(this)),this.observers=/* @__PURE__ */ new Set,this.eventListeners=/* @__PURE__ */ new Map,this.logger=void 0,this._processingStatus=_.NotStarted,this._parent=void 0,this._syncSnapshot=void 0,this.ref=void 0,this._actorScope=void 0,this.systemId=void 0,this.sessionId=void 0,this.system=void 0,this._doneEvent=void 0,this.src=void 0,this._deferred=[];let n={...Me,...t},{clock:r,logger:i,parent:a,syncSnapshot:o,id:s,systemId:c,inspect:l}=n;this.system=a?a.system:Ae(this,{clock:r,logger:i}),l&&!a&&this.system.inspect(we(l)),this.sessionId=this.system._bookId(),this.id=s??this.sessionId,this.logger=t?.logger??this.system._logger,this.clock=t?.clock??this.system._clock,this._parent=a,this._syncSnapshot=o,this.options=n,this.src=n.src??e,this.ref=this,this._actorScope={self:this,id:this.id,sessionId:this.sessionId,logger:this.logger,defer:e=>{this._deferred.push(e)},system:this.system,stopChild:e=>{if(e._parent!==this)throw Error(`Cannot stop child actor ${e.id} of ${this.id} because it is not a child`);e._stop()},emit:e=>{let t=this.eventListeners.get(e.type),n=this.eventListeners.get(`*`);if(!t&&!n)return;let r=[...t?t.values():[],...n?n.values():[]];for(let t of r)try{t(e)}catch(e){m(e)}},actionExecutor:e=>{let t=()=>{if(this._actorScope.system._sendInspectionEvent({type:`@xstate.action`,actorRef:this,action:{type:e.type,params:e.params}}),!e.exec)return;let t=je;try{je=!0,e.exec(e.info,e.params)}finally{je=t}};this._processingStatus===_.Running?t():this._deferred.push(t)}},this.send=this.send.bind(this),this.system._sendInspectionEvent({type:`@xstate.actor`,actorRef:this}),c&&(this.systemId=c,this.system._set(c,this)),this._initState(t?.snapshot??t?.state),c&&this._snapshot.status!==`active`&&this.system._unregister(this)}_initState(e){try{this._snapshot=e?this.logic.restoreSnapshot?this.logic.restoreSnapshot(e,this._actorScope):e:this.logic.getInitialSnapshot(this._actorScope,this.options?.input)}catch(e){this._snapshot={status:`error`,output:void 0,error:e}}}update(e,t){this._snapshot=e;let n;for(;n=this._deferred.shift();)try{n()}catch(t){this._deferred.length=0,this._snapshot={...e,status:`error`,error:t}}switch(this._snapshot.status){case`active`:for(let t of this.observers)try{t.next?.(e)}catch(e){m(e)}break;case`done`:for(let t of this.observers)try{t.next?.(e)}catch(e){m(e)}this._stopProcedure(),this._complete(),this._doneEvent=ue(this.id,this._snapshot.output),this._parent&&this.system._relay(this,this._parent,this._doneEvent);break;case`error`:this._error(this._snapshot.error)}this.system._sendInspectionEvent({type:`@xstate.snapshot`,actorRef:this,event:t,snapshot:e})}subscribe(e,t,n){let r=we(e,t,n);if(this._processingStatus!==_.Stopped)this.observers.add(r);else switch(this._snapshot.status){case`done`:try{r.complete?.()}catch(e){m(e)}break;case`error`:{let e=this._snapshot.error;if(!r.error)m(e);else try{r.error(e)}catch(e){m(e)}break}}return{unsubscribe:()=>{this.observers.delete(r)}}}on(e,t){let n=this.eventListeners.get(e);n||(n=/* @__PURE__ */ new Set,this.eventListeners.set(e,n));let r=t.bind(void 0);return n.add(r),{unsubscribe:()=>{n.delete(r)}}}select(e,t=Object.is){return{subscribe:n=>{let r=we(n),i=e(this.getSnapshot());return this.subscribe(n=>{let a=e(n);t(i,a)||(i=a,r.next?.(a))})},get:()=>e(this.getSnapshot())}}start(){if(this._processingStatus===_.Running)return this;this._syncSnapshot&&this.subscribe({next:e=>{e.status===`active`&&this.system._relay(this,this._parent,{type:`xstate.snapshot.${this.id}`,snapshot:e})},error:()=>{}}),this.system._register(this.sessionId,this),this.systemId&&this.system._set(this.systemId,this),this._processingStatus=_.Running;let e=fe(this.options.input);switch(this.system._sendInspectionEvent({type:`@xstate.event`,sourceRef:this._parent,actorRef:this,event:e}),this._snapshot.status){case`done`:return this.update(this._snapshot,e),this;case`error`:return this._error(this._snapshot.error),this}if(this._parent||this.system.start(),this.logic.start)try{this.logic.start(this._snapshot,this._actorScope)}catch(e){return this._snapshot={...this._snapshot,status:`error`,error:e},this._error(e),this}return this.update(this._snapshot,e),this.options.devTools&&this.attachDevTools(),this.mailbox.start(),this}_process(e){let t,n;try{t=this.logic.transition(this._snapshot,e,this._actorScope)}catch(e){n={err:e}}if(n){let{err:e}=n;this._snapshot={...this._snapshot,status:`error`,error:e},this._error(e)}else this.update(t,e),e.type===`xstate.stop`&&(this._stopProcedure(),this._complete())}_stop(){return this._processingStatus===_.Stopped?this:(this.mailbox.clear(),this._processingStatus===_.NotStarted?(this._processingStatus=_.Stopped,this):(this.mailbox.enqueue({type:se}),this))}stop(){if(this._parent)throw Error(`A non-root actor cannot be stopped directly.`);return this._stop()}_complete(){for(let e of this.observers)try{e.complete?.()}catch(e){m(e)}this.observers.clear(),this.eventListeners.clear()}_reportError(e){if(!this.observers.size){this._parent||m(e),this.eventListeners.clear();return}let t=!1;for(let n of this.observers){let r=n.error;t||=!r;try{r?.(e)}catch(e){m(e)}}this.observers.clear(),this.eventListeners.clear(),t&&m(e)}_error(e){this._stopProcedure(),this._reportError(e),this._parent&&this.system._relay(this,this._parent,de(this.id,e))}_stopProcedure(){return this._processingStatus===_.Running&&(this.system.scheduler.cancelAll(this),this.mailbox.clear(),this.mailbox=new ne(this._process.bind(this)),this._processingStatus=_.Stopped,this.system._unregister(this)),this}_send(e){this._processingStatus!==_.Stopped&&this.mailbox.enqueue(e)}send(e){this.system._relay(void 0,this,e)}attachDevTools(){let{devTools:e}=this.options;e&&(typeof e==`function`?e:te)(this)}toJSON(){return{xstate$$type:1,id:this.id}}getPersistedSnapshot(e){return this.logic.getPersistedSnapshot(this._snapshot,e)}[pe](){return this}getSnapshot(){return this._snapshot}};function v(e,...[t]){return new Ne(e,t)}function Pe(e,t,n,r,{sendId:i}){return[t,{sendId:typeof i==`function`?i(n,r):i},void 0]}function Fe(e,t){e.defer(()=>{e.system.scheduler.cancel(e.self,t.sendId)})}function Ie(e){function t(e,t){}return t.type=`xstate.cancel`,t.sendId=e,t.resolve=Pe,t.execute=Fe,t}function Le(e,t,n,r,{id:i,systemId:a,src:o,input:s,syncSnapshot:c}){let l=typeof o==`string`?Ee(t.machine,o):o,u=typeof i==`function`?i(n):i,d,f;return l&&(f=typeof s==`function`?s({context:t.context,event:n.event,self:e.self}):s,d=v(l,{id:u,src:o,parent:e.self,syncSnapshot:c,systemId:a,input:f})),[k(t,{children:{...t.children,[u]:d}}),{id:i,systemId:a,actorRef:d,src:o,input:f},void 0]}function Re(e,{actorRef:t}){t&&e.defer(()=>{t._processingStatus!==_.Stopped&&t.start()})}function ze(...[e,{id:t,systemId:n,input:r,syncSnapshot:i=!1}={}]){function a(e,t){}return a.type=`xstate.spawnChild`,a.id=t,a.systemId=n,a.src=e,a.input=r,a.syncSnapshot=i,a.resolve=Le,a.execute=Re,a}function Be(e,t,n,r,{actorRef:i}){let a=typeof i==`function`?i(n,r):i,o=typeof a==`string`?t.children[a]:a,s=t.children;return o&&(s={...s},delete s[o.id]),[k(t,{children:s}),o,void 0]}function Ve(e,t){let n=t.getSnapshot();if(n&&`children`in n)for(let t of Object.values(n.children))Ve(e,t);e.system._unregister(t)}function He(e,t){t&&(Ve(e,t),t._processingStatus===_.Running?e.defer(()=>{e.stopChild(t)}):e.stopChild(t))}function Ue(e){function t(e,t){}return t.type=`xstate.stopChild`,t.actorRef=e,t.resolve=Be,t.execute=He,t}function We(e,{context:t,event:n},{guards:r}){return r.every(r=>y(r,t,n,e))}function Ge(e){function t(e,t){return!1}return t.check=We,t.guards=e,t}function y(e,t,n,r){let{machine:i}=r,a=typeof e==`function`,o=a?e:i.implementations.guards[typeof e==`string`?e:e.type];if(!a&&!o)throw Error(`Guard '${typeof e==`string`?e:e.type}' is not implemented.'.`);if(typeof o!=`function`)return y(o,t,n,r);let s={context:t,event:n},c=a||typeof e==`string`?void 0:`params`in e?typeof e.params==`function`?e.params({context:t,event:n}):e.params:void 0;return`check`in o?o.check(r,s,o):o(s,c)}function Ke(e){return e.type===`atomic`||e.type===`final`}function b(e){return Object.values(e.states).filter(e=>e.type!==`history`)}function x(e,t){let n=[];if(t===e)return n;let r=e.parent;for(;r&&r!==t;)n.push(r),r=r.parent;return n}function qe(e){let t=new Set(e),n=Ye(t);for(let e of t)if(e.type===`compound`&&(!n.get(e)||!n.get(e).length))ot(e).forEach(e=>t.add(e));else if(e.type===`parallel`){for(let n of b(e))if(n.type!==`history`&&!t.has(n)){let e=ot(n);for(let n of e)t.add(n)}}for(let e of t){let n=e.parent;for(;n;)t.add(n),n=n.parent}return t}function Je(e,t){let n=t.get(e);if(!n)return{};if(e.type===`compound`){let e=n[0];if(e){if(Ke(e))return e.key}else return{}}let r={};for(let e of n)r[e.key]=Je(e,t);return r}function Ye(e){let t=/* @__PURE__ */ new Map;for(let n of e)t.has(n)||t.set(n,[]),n.parent&&(t.has(n.parent)||t.set(n.parent,[]),t.get(n.parent).push(n));return t}function Xe(e,t){return Je(e,Ye(qe(t)))}function Ze(e,t){return t.type===`compound`?b(t).some(t=>t.type===`final`&&e.has(t)):t.type===`parallel`?b(t).every(t=>Ze(e,t)):t.type===`final`}var Qe=e=>e[0]===ie;function $e(e,t){let n=e.transitions.get(t),r=[...e.transitions.keys()].filter(e=>e!==t&&De(t,e)).sort((e,t)=>t.length-e.length).flatMap(t=>e.transitions.get(t));return n?[...n,...r]:r}function et(e){let t=e.config.after;if(!t)return[];let n=t=>{let n=ce(t,e.id),r=n.type;return e.entry.push(Jt(n,{id:r,delay:t})),e.exit.push(Ie(r)),r};return Object.keys(t).flatMap(e=>{let r=t[e],i=typeof r==`string`?{target:r}:r,a=Number.isNaN(+e)?e:+e,o=n(a);return h(i).map(e=>({...e,event:o,delay:a}))}).map(t=>{let{delay:n}=t;return{...S(e,t.event,t),delay:n}})}function S(e,t,n){let r=Ce(n.target),i=n.reenter??!1,a=it(e,r),o={...n,actions:h(n.actions),guard:n.guard,target:a,source:e,reenter:i,eventType:t,toJSON:()=>({...o,source:`#${e.id}`,target:a?a.map(e=>`#${e.id}`):void 0})};return o}function tt(e){let t=/* @__PURE__ */ new Map;if(e.config.on)for(let n of Object.keys(e.config.on)){if(n===``)throw Error('Null events ("") cannot be specified as a transition key. Use `always: { ... }` instead.');let r=e.config.on[n];t.set(n,g(r).map(t=>S(e,n,t)))}if(e.config.onDone){let n=`xstate.done.state.${e.id}`;t.set(n,g(e.config.onDone).map(t=>S(e,n,t)))}for(let n of e.invoke){if(n.onDone){let r=`xstate.done.actor.${n.id}`;t.set(r,g(n.onDone).map(t=>S(e,r,t)))}if(n.onError){let r=`xstate.error.actor.${n.id}`;t.set(r,g(n.onError).map(t=>S(e,r,t)))}if(n.onSnapshot){let r=`xstate.snapshot.${n.id}`;t.set(r,g(n.onSnapshot).map(t=>S(e,r,t)))}}for(let n of e.after){let e=t.get(n.eventType);e||(e=[],t.set(n.eventType,e)),e.push(n)}return t}function nt(e){let t=[],n=r=>{Object.values(r).forEach(r=>{if(r.config.route&&r.config.id){let n=r.config.id,i=r.config.route.guard,a=({event:e})=>e.to===`#${n}`,o={...r.config.route,guard:i?Ge([a,i]):a,target:`#${n}`};t.push(S(e,`xstate.route`,o))}r.states&&n(r.states)})};n(e.states),t.length>0&&e.transitions.set(`xstate.route`,t)}function rt(e,t){let n=typeof t==`string`?e.states[t]:t?e.states[t.target]:void 0;if(!n&&t)throw Error(`Initial state node "${t}" not found on parent state node #${e.id}`);let r={source:e,actions:!t||typeof t==`string`?[]:h(t.actions),eventType:null,reenter:!1,target:n?[n]:[],meta:typeof t==`object`?t.meta:void 0,description:typeof t==`object`?t.description:void 0,toJSON:()=>({...r,source:`#${e.id}`,target:n?[`#${n.id}`]:[]})};return r}function it(e,t){if(t!==void 0)return t.map(t=>{if(typeof t!=`string`)return t;if(Qe(t))return e.machine.getStateNodeById(t);let n=t[0]===`.`;if(n&&!e.parent)return ct(e,t.slice(1));let r=n?e.key+t:t;if(e.parent)try{return ct(e.parent,r)}catch(t){throw Error(`Invalid transition definition for state node '${e.id}':\n${t.message}`)}throw Error(`Invalid target: "${t}" is not a valid target from the root node. Did you mean ".${t}"?`)})}function at(e){let t=Ce(e.config.target);return t?{target:t.map(t=>typeof t==`string`?ct(e.parent,t):t)}:e.parent.type===`parallel`?{target:[e.parent]}:e.parent.initial}function C(e){return e.type===`history`}function ot(e){let t=st(e);for(let n of t)for(let r of x(n,e))t.add(r);return t}function st(e){let t=/* @__PURE__ */ new Set;function n(e){if(!t.has(e)){if(t.add(e),e.type===`compound`)n(e.initial.target[0]);else if(e.type===`parallel`)for(let t of b(e))n(t)}}return n(e),t}function w(e,t){if(Qe(t))return e.machine.getStateNodeById(t);if(!e.states)throw Error(`Unable to retrieve child state '${t}' from '${e.id}'; no child states exist.`);let n=e.states[t];if(!n)throw Error(`Child state '${t}' does not exist on '${e.id}'`);return n}function ct(e,t){if(typeof t==`string`&&Qe(t))try{return e.machine.getStateNodeById(t)}catch{}let n=he(t).slice(),r=e;for(;n.length;){let e=n.shift();if(!e.length)break;r=w(r,e)}return r}function lt(e,t){if(typeof t==`string`){let n=e.states[t];if(!n)throw Error(`State '${t}' does not exist on '${e.id}'`);return[e,n]}let n=Object.keys(t),r=n.map(t=>w(e,t)).filter(Boolean);return[e.machine.root,e].concat(r,n.reduce((n,r)=>{let i=w(e,r);if(!i)return n;let a=lt(i,t[r]);return n.concat(a)},[]))}function ut(e,t,n,r){let i=w(e,t).next(n,r);return!i||!i.length?e.next(n,r):i}function dt(e,t,n,r){let i=Object.keys(t),a=pt(w(e,i[0]),t[i[0]],n,r);return!a||!a.length?e.next(n,r):a}function ft(e,t,n,r){let i=[];for(let a of Object.keys(t)){let o=t[a];if(!o)continue;let s=pt(w(e,a),o,n,r);s&&i.push(...s)}return i.length?i:e.next(n,r)}function pt(e,t,n,r){return typeof t==`string`?ut(e,t,n,r):Object.keys(t).length===1?dt(e,t,n,r):ft(e,t,n,r)}function mt(e){return Object.keys(e.states).map(t=>e.states[t]).filter(e=>e.type===`history`)}function T(e,t){let n=e;for(;n.parent&&n.parent!==t;)n=n.parent;return n.parent===t}function ht(e,t){let n=new Set(e),r=new Set(t);for(let e of n)if(r.has(e))return!0;for(let e of r)if(n.has(e))return!0;return!1}function gt(e,t,n){let r=/* @__PURE__ */ new Set;for(let i of e){let e=!1,a=/* @__PURE__ */ new Set;for(let o of r)if(ht(bt([i],t,n),bt([o],t,n))){if(T(i.source,o.source))a.add(o);else{e=!0;break}}if(!e){for(let e of a)r.delete(e);r.add(i)}}return Array.from(r)}function _t(e){let[t,...n]=e;for(let e of x(t,void 0))if(n.every(t=>T(t,e)))return e}function vt(e,t){if(!e.target)return[];let n=/* @__PURE__ */ new Set;for(let r of e.target)if(C(r)){if(t[r.id])for(let e of t[r.id])n.add(e);else for(let e of vt(at(r),t))n.add(e)}else n.add(r);return[...n]}function yt(e,t){let n=vt(e,t);if(!n)return;if(!e.reenter&&n.every(t=>t===e.source||T(t,e.source)))return e.source;let r=_t(n.concat(e.source));if(r)return r;if(!e.reenter)return e.source.machine.root}function bt(e,t,n){let r=/* @__PURE__ */ new Set;for(let i of e)if(i.target?.length){let e=yt(i,n);i.reenter&&i.source===e&&r.add(e);for(let n of t)T(n,e)&&r.add(n)}return[...r]}function xt(e,t){if(e.length!==t.size)return!1;for(let n of e)if(!t.has(n))return!1;return!0}function St(e,t,n,r,i){return Ct([{target:[...st(e)],source:e,reenter:!0,actions:[],eventType:null,toJSON:null}],t,n,r,!0,i)}function Ct(e,t,n,r,i,a){let o=[];if(!e.length)return[t,o];let s=n.actionExecutor;n.actionExecutor=e=>{o.push(e),s(e)};try{let s=new Set(t._nodes),c=t.historyValue,l=gt(e,s,c),u=t;i||([u,c]=kt(u,r,n,l,s,c,a,n.actionExecutor)),u=D(u,r,n,l.flatMap(e=>e.actions),a,void 0),u=Tt(u,r,n,l,s,a,c,i);let d=[...s];u.status===`done`&&(u=D(u,r,n,d.sort((e,t)=>t.order-e.order).flatMap(e=>e.exit),a,void 0));try{return c===t.historyValue&&xt(t._nodes,s)?[u,o]:[k(u,{_nodes:d,historyValue:c}),o]}catch(e){throw e}}finally{n.actionExecutor=s}}function wt(e,t,n,r,i){if(r.output===void 0)return;let a=le(i.id,i.output!==void 0&&i.parent?be(i.output,e.context,t,n.self):void 0);return be(r.output,e.context,a,n.self)}function Tt(e,t,n,r,i,a,o,s){let c=e,l=/* @__PURE__ */ new Set,u=/* @__PURE__ */ new Set;Et(r,o,u,l),s&&u.add(e.machine.root);let d=/* @__PURE__ */ new Set;for(let e of[...l].sort((e,t)=>e.order-t.order)){i.add(e);let r=[];r.push(...e.entry);for(let t of e.invoke)r.push(ze(t.src,{...t,syncSnapshot:!!t.onSnapshot}));if(u.has(e)){let t=e.initial.actions;r.push(...t)}if(c=D(c,t,n,r,a,e.invoke.map(e=>e.id)),e.type===`final`){let r=e.parent,o=r?.type===`parallel`?r:r?.parent,s=o||e;for(r?.type===`compound`&&a.push(le(r.id,e.output===void 0?void 0:be(e.output,c.context,t,n.self)));o?.type===`parallel`&&!d.has(o)&&Ze(i,o);)d.add(o),a.push(le(o.id)),s=o,o=o.parent;if(o)continue;c=k(c,{status:`done`,output:wt(c,t,n,c.machine.root,s)})}}return c}function Et(e,t,n,r){for(let i of e){let e=yt(i,t);for(let a of i.target||[])!C(a)&&(i.source!==a||i.source!==e||i.reenter)&&(r.add(a),n.add(a)),E(a,t,n,r);let a=vt(i,t);for(let o of a){let a=x(o,e);e?.type===`parallel`&&a.push(e),Dt(r,t,n,a,!i.source.parent&&i.reenter?void 0:e)}}}function E(e,t,n,r){if(C(e)){if(t[e.id]){let i=t[e.id];for(let e of i)r.add(e),E(e,t,n,r);for(let a of i)Ot(a,e.parent,r,t,n)}else{let i=at(e);for(let a of i.target)r.add(a),i===e.parent?.initial&&n.add(e.parent),E(a,t,n,r);for(let a of i.target)Ot(a,e.parent,r,t,n)}}else if(e.type===`compound`){let[i]=e.initial.target;C(i)||(r.add(i),n.add(i)),E(i,t,n,r),Ot(i,e,r,t,n)}else if(e.type===`parallel`)for(let i of b(e).filter(e=>!C(e)))[...r].some(e=>T(e,i))||(C(i)||(r.add(i),n.add(i)),E(i,t,n,r))}function Dt(e,t,n,r,i){for(let a of r)if((!i||T(a,i))&&e.add(a),a.type===`parallel`)for(let r of b(a).filter(e=>!C(e)))[...e].some(e=>T(e,r))||(e.add(r),E(r,t,n,e))}function Ot(e,t,n,r,i){Dt(n,r,i,x(e,t))}function kt(e,t,n,r,i,a,o,s){let c=e,l=bt(r,i,a);l.sort((e,t)=>t.order-e.order);let u;for(let e of l)for(let t of mt(e)){let n;n=t.history===`deep`?t=>Ke(t)&&T(t,e):t=>t.parent===e,u??={...a},u[t.id]=Array.from(i).filter(n)}for(let e of l)c=D(c,t,n,[...e.exit,...e.invoke.map(e=>Ue(e.id))],o,void 0),i.delete(e);return[c,u||a]}function At(e,t){return e.implementations.actions[t]}function jt(e,t,n,r,i,a){let{machine:o}=e,s=e;for(let e of r){let r=typeof e==`function`,c=r?e:At(o,typeof e==`string`?e:e.type),l={context:s.context,event:t,self:n.self,system:n.system},u=r||typeof e==`string`?void 0:`params`in e?typeof e.params==`function`?e.params({context:s.context,event:t}):e.params:void 0;if(!c||!(`resolve`in c)){n.actionExecutor({type:typeof e==`string`?e:typeof e==`object`?e.type:e.name||`(anonymous)`,info:l,params:u,exec:c});continue}let d=c,[f,p,ee]=d.resolve(n,s,l,u,c,i);s=f,`retryResolve`in d&&a?.push([d,p]),`execute`in d&&n.actionExecutor({type:d.type,info:l,params:p,exec:d.execute.bind(null,n,p)}),ee&&(s=jt(s,t,n,ee,i,a))}return s}function D(e,t,n,r,i,a){let o=a?[]:void 0,s=jt(e,t,n,r,{internalQueue:i,deferredActorIds:a},o);return o?.forEach(([e,t])=>{e.retryResolve(n,s,t)}),s}function Mt(e,t,n,r){let i=e,a=[];function o(e,t,r){n.system._sendInspectionEvent({type:`@xstate.microstep`,actorRef:n.self,event:t,snapshot:e[0],_transitions:r}),a.push(e)}if(t.type===`xstate.stop`)return i=k(Nt(i,t,n),{status:`stopped`}),o([i,[]],t,[]),{snapshot:i,microsteps:a};let s=t;if(s.type!==oe){let t=s,c=Se(t),l=Pt(t,i);if(c&&!l.length)return i=k(Nt(i,t,n),{status:`error`,error:t.error}),o([i,[]],t,[]),{snapshot:i,microsteps:a};let u=Ct(l,e,n,s,!1,r);i=u[0],o(u,t,l)}let c=!0,l=e.machine.options?.maxIterations??1/0,u=0;for(;i.status===`active`;){if(u++,u>l)throw Error(`Infinite loop detected: the machine has processed more than ${l} microsteps without reaching a stable state. This usually happens when there's a cycle of transitions (e.g., eventless transitions or raised events causing state A -> B -> C -> A).`);let e=c?Ft(i,s):[],t=e.length?i:void 0;if(!e.length){if(!r.length)break;s=r.shift(),e=Pt(s,i)}let a=Ct(e,i,n,s,!1,r);i=a[0],c=i!==t,o(a,s,e)}return i.status!==`active`&&Nt(i,s,n),{snapshot:i,microsteps:a}}function Nt(e,t,n){return D(e,t,n,Object.values(e.children).map(e=>Ue(e)),[],void 0)}function Pt(e,t){return t.machine.getTransitionData(t,e)}function Ft(e,t){let n=/* @__PURE__ */ new Set,r=e._nodes.filter(Ke);for(let i of r)loop:for(let r of[i].concat(x(i,void 0)))if(r.always){for(let i of r.always)if(i.guard===void 0||y(i.guard,e.context,t,e)){n.add(i);break loop}}return gt(Array.from(n),new Set(e._nodes),e.historyValue)}function It(e,t){return Xe(e,[...qe(lt(e,t))])}function Lt(e){return!!e&&typeof e==`object`&&`machine`in e&&`value`in e}var Rt=function(e){return me(e,this.value)},zt=function(e){return this.tags.has(e)},Bt=function(e){let t=this.machine.getTransitionData(this,e);return!!t?.length&&t.some(e=>e.target!==void 0||e.actions.length)},Vt=function(){let{_nodes:e,tags:t,machine:n,getMeta:r,toJSON:i,can:a,hasTag:o,matches:s,...c}=this;return{...c,tags:Array.from(t)}},Ht=function(){return this._nodes.reduce((e,t)=>(t.meta!==void 0&&(e[t.id]=t.meta),e),{})};function O(e,t){return{status:e.status,output:e.output,error:e.error,machine:t,context:e.context,_nodes:e._nodes,value:Xe(t.root,e._nodes),tags:new Set(e._nodes.flatMap(e=>e.tags)),children:e.children,historyValue:e.historyValue||{},matches:Rt,hasTag:zt,can:Bt,getMeta:Ht,toJSON:Vt}}function k(e,t={}){return O({...e,...t},e.machine)}function Ut(e){if(typeof e!=`object`||!e)return{};let t={};for(let n in e){let r=e[n];Array.isArray(r)&&(t[n]=r.map(e=>({id:e.id})))}return t}function Wt(e,t){let{_nodes:n,tags:r,machine:i,children:a,context:o,can:s,hasTag:c,matches:l,getMeta:u,toJSON:d,...f}=e,p={};for(let e in a){let n=a[e];p[e]={snapshot:n.getPersistedSnapshot(t),src:n.src,systemId:n.systemId,syncSnapshot:n._syncSnapshot}}return{...f,context:Gt(o),children:p,historyValue:Ut(f.historyValue)}}function Gt(e){let t;for(let n in e){let r=e[n];if(r&&typeof r==`object`){if(`sessionId`in r&&`send`in r&&`ref`in r)t??=Array.isArray(e)?e.slice():{...e},t[n]={xstate$$type:1,id:r.id};else{let i=Gt(r);i!==r&&(t??=Array.isArray(e)?e.slice():{...e},t[n]=i)}}}return t??e}function Kt(e,t,n,r,{event:i,id:a,delay:o},{internalQueue:s}){let c=t.machine.implementations.delays;if(typeof i==`string`)throw Error(`Only event objects may be used with raise; use raise({ type: "${i}" }) instead`);let l=typeof i==`function`?i(n,r):i,u;if(typeof o==`string`){let e=c&&c[o];u=typeof e==`function`?e(n,r):e}else u=typeof o==`function`?o(n,r):o;return typeof u!=`number`&&s.push(l),[t,{event:l,id:a,delay:u},void 0]}function qt(e,t){let{event:n,delay:r,id:i}=t;typeof r==`number`&&e.defer(()=>{let t=e.self;e.system.scheduler.schedule(t,t,n,r,i)})}function Jt(e,t){function n(e,t){}return n.type=`xstate.raise`,n.event=e,n.id=t?.id,n.delay=t?.delay,n.resolve=Kt,n.execute=qt,n}var Yt=`xstate.promise.resolve`,Xt=`xstate.promise.reject`,A=/* @__PURE__ */ new WeakMap;function Zt(e){return{config:e,transition:(e,t,n)=>{if(e.status!==`active`)return e;switch(t.type){case Yt:{let n=t.data;return{...e,status:`done`,output:n,input:void 0}}case Xt:return{...e,status:`error`,error:t.data,input:void 0};case se:return A.get(n.self)?.abort(),A.delete(n.self),{...e,status:`stopped`,input:void 0};default:return e}},start:(t,{self:n,system:r,emit:i})=>{if(t.status!==`active`)return;let a=new AbortController;A.set(n,a),Promise.resolve(e({input:t.input,system:r,self:n,signal:a.signal,emit:i})).then(e=>{n.getSnapshot().status===`active`&&(A.delete(n),r._relay(n,n,{type:Yt,data:e}))},e=>{n.getSnapshot().status===`active`&&(A.delete(n),r._relay(n,n,{type:Xt,data:e}))})},getInitialSnapshot:(e,t)=>({status:`active`,output:void 0,error:void 0,input:t}),getPersistedSnapshot:e=>e,restoreSnapshot:e=>e}}function Qt(e,{machine:t,context:n},r,i){let a=(a,o)=>{if(typeof a==`string`){let s=Ee(t,a);if(!s)throw Error(`Actor logic '${a}' not implemented in machine '${t.id}'`);let c=v(s,{id:o?.id,parent:e.self,syncSnapshot:o?.syncSnapshot,input:typeof o?.input==`function`?o.input({context:n,event:r,self:e.self}):o?.input,src:a,systemId:o?.systemId});return i[c.id]=c,c}return v(a,{id:o?.id,parent:e.self,syncSnapshot:o?.syncSnapshot,input:o?.input,src:a,systemId:o?.systemId})};return(t,n)=>{let r=a(t,n);return i[r.id]=r,e.defer(()=>{r._processingStatus!==_.Stopped&&r.start()}),r}}function $t(e,t,n,r,{assignment:i}){if(!t.context)throw Error("Cannot assign to undefined `context`. Ensure that `context` is defined in the machine config.");let a={},o={context:t.context,event:n.event,spawn:Qt(e,t,n.event,a),self:e.self,system:e.system},s={};if(typeof i==`function`)s=i(o,r);else for(let e of Object.keys(i)){let t=i[e];s[e]=typeof t==`function`?t(o,r):t}return[k(t,{context:Object.assign({},t.context,s),children:Object.keys(a).length?{...t.children,...a}:t.children}),void 0,void 0]}function en(e){function t(e,t){}return t.type=`xstate.assign`,t.assignment=e,t.resolve=$t,t}var tn=/* @__PURE__ */ new WeakMap;function j(e,t,n){let r=tn.get(e);return r?t in r||(r[t]=n()):(r={[t]:n()},tn.set(e,r)),r[t]}var nn={},M=e=>typeof e==`string`?{type:e}:typeof e==`function`?`resolve`in e?{type:e.type}:{type:e.name}:e,rn=class e{constructor(t,n){if(this.config=t,this.key=void 0,this.id=void 0,this.type=void 0,this.path=void 0,this.states=void 0,this.history=void 0,this.entry=void 0,this.exit=void 0,this.parent=void 0,this.machine=void 0,this.meta=void 0,this.output=void 0,this.order=-1,this.description=void 0,this.tags=[],this.transitions=void 0,this.always=void 0,this.parent=n._parent,this.key=n._key,this.machine=n._machine,this.path=this.parent?this.parent.path.concat(this.key):[],this.id=this.config.id||[this.machine.id,...this.path].join(`.`),this.type=this.config.type||(this.config.states&&Object.keys(this.config.states).length?`compound`:this.config.history?`history`:`atomic`),this.description=this.config.description,this.order=this.machine.idMap.size,this.machine.idMap.set(this.id,this),this.states=this.config.states?ve(this.config.states,(t,n)=>new e(t,{_parent:this,_key:n,_machine:this.machine})):nn,this.type===`compound`&&!this.config.initial)throw Error(`No initial state specified for compound state node "#${this.id}". Try adding { initial: "${Object.keys(this.states)[0]}" } to the state config.`);this.history=this.config.history===!0?`shallow`:this.config.history||!1,this.entry=h(this.config.entry).slice(),this.exit=h(this.config.exit).slice(),this.meta=this.config.meta,this.output=this.type===`final`||!this.parent?this.config.output:void 0,this.tags=h(t.tags).slice()}_initialize(){this.transitions=tt(this),this.config.always&&(this.always=g(this.config.always).map(e=>S(this,``,e))),Object.keys(this.states).forEach(e=>{this.states[e]._initialize()})}get definition(){return{id:this.id,key:this.key,version:this.machine.version,type:this.type,initial:this.initial?{target:this.initial.target,source:this,actions:this.initial.actions.map(M),eventType:null,reenter:!1,meta:this.initial.meta,description:this.initial.description,toJSON:()=>({target:this.initial.target.map(e=>`#${e.id}`),source:`#${this.id}`,actions:this.initial.actions.map(M),eventType:null,meta:this.initial.meta,description:this.initial.description})}:void 0,history:this.history,states:ve(this.states,e=>e.definition),on:this.on,transitions:[...this.transitions.values()].flat().map(e=>({...e,actions:e.actions.map(M)})),entry:this.entry.map(M),exit:this.exit.map(M),meta:this.meta,order:this.order||-1,output:this.output,invoke:this.invoke,description:this.description,tags:this.tags}}toJSON(){return this.definition}get invoke(){return j(this,`invoke`,()=>h(this.config.invoke).map((e,t)=>{let{src:n,systemId:r}=e,i=e.id??Te(this.id,t),a=typeof n==`string`?n:`xstate.invoke.${Te(this.id,t)}`;return{...e,src:a,id:i,systemId:r,toJSON(){let{onDone:t,onError:n,...r}=e;return{...r,type:`xstate.invoke`,src:a,id:i}}}}))}get on(){return j(this,`on`,()=>[...this.transitions].flatMap(([e,t])=>t.map(t=>[e,t])).reduce((e,[t,n])=>(e[t]=e[t]||[],e[t].push(n),e),{}))}get after(){return j(this,`delayedTransitions`,()=>et(this))}get initial(){return j(this,`initial`,()=>rt(this,this.config.initial))}next(e,t){let n=t.type,r=[],i,a=j(this,`candidates-${n}`,()=>$e(this,n));for(let o of a){let{guard:a}=o,s=e.context,c=!1;try{c=!a||y(a,s,t,e)}catch(e){let t=typeof a==`string`?a:typeof a==`object`?a.type:void 0;throw Error(`Unable to evaluate guard ${t?`'${t}' `:``}in transition for event '${n}' in state node '${this.id}':\n${e.message}`)}if(c){r.push(...o.actions),i=o;break}}return i?[i]:void 0}get events(){return j(this,`events`,()=>{let{states:e}=this,t=new Set(this.ownEvents);if(e)for(let n of Object.keys(e)){let r=e[n];if(r.states)for(let e of r.events)t.add(`${e}`)}return Array.from(t)})}get ownEvents(){let e=Object.keys(Object.fromEntries(this.transitions)),t=new Set(e.filter(e=>this.transitions.get(e).some(e=>!(!e.target&&!e.actions.length&&!e.reenter))));return Array.from(t)}},an=class e{constructor(e,t){this.config=e,this.version=void 0,this.schemas=void 0,this.implementations=void 0,this.options=void 0,this.__xstatenode=!0,this.idMap=/* @__PURE__ */ new Map,this.root=void 0,this.id=void 0,this.states=void 0,this.events=void 0,this.id=e.id||`(machine)`,this.implementations={actors:t?.actors??{},actions:t?.actions??{},delays:t?.delays??{},guards:t?.guards??{}},this.version=this.config.version,this.schemas=this.config.schemas,this.options={maxIterations:1/0,...this.config.options},this.transition=this.transition.bind(this),this.getInitialSnapshot=this.getInitialSnapshot.bind(this),this.getPersistedSnapshot=this.getPersistedSnapshot.bind(this),this.restoreSnapshot=this.restoreSnapshot.bind(this),this.start=this.start.bind(this),this.root=new rn(e,{_key:this.id,_machine:this}),this.root._initialize(),nt(this.root),this.states=this.root.states,this.events=this.root.events}provide(t){let{actions:n,guards:r,actors:i,delays:a}=this.implementations;return new e(this.config,{actions:{...n,...t.actions},guards:{...r,...t.guards},actors:{...i,...t.actors},delays:{...a,...t.delays}})}resolveState(e){let t=It(this.root,e.value),n=qe(lt(this.root,t));return O({_nodes:[...n],context:e.context||{},children:{},status:Ze(n,this.root)?`done`:e.status||`active`,output:e.output,error:e.error,historyValue:e.historyValue},this)}transition(e,t,n){return Mt(e,t,n,[]).snapshot}microstep(e,t,n){return Mt(e,t,n,[]).microsteps.map(([e])=>e)}getTransitionData(e,t){return pt(this.root,e.value,e,t)||[]}_getPreInitialState(e,t,n){let{context:r}=this.config,i=O({context:typeof r!=`function`&&r?r:{},_nodes:[this.root],children:{},status:`active`},this);return typeof r==`function`?D(i,t,e,[en(({spawn:e,event:t,self:n})=>r({spawn:e,input:t.input,self:n}))],n,void 0):i}getInitialSnapshot(e,t){let n=fe(t),r=[],i=O({context:typeof this.config.context!=`function`&&this.config.context?this.config.context:{},_nodes:[this.root],children:{},status:`active`},this);try{i=this._getPreInitialState(e,n,r);let[t]=St(this.root,i,e,n,r),{snapshot:a}=Mt(t,n,e,r);return a}catch(e){return k(i,{status:`error`,error:e})}}start(e){Object.values(e.children).forEach(e=>{e.getSnapshot().status===`active`&&e.start()})}getStateNodeById(e){let t=he(e),n=t.slice(1),r=Qe(t[0])?t[0].slice(1):t[0],i=this.idMap.get(r);if(!i)throw Error(`Child state node '#${r}' does not exist on machine '${this.id}'`);return ct(i,n)}get definition(){return this.root.definition}toJSON(){return this.definition}getPersistedSnapshot(e,t){return Wt(e,t)}restoreSnapshot(e,t){let n={},r=e.children;Object.keys(r).forEach(e=>{let i=r[e],a=i.snapshot,o=i.src,s=typeof o==`string`?Ee(this,o):o;if(!s)return;let c=v(s,{id:e,parent:t.self,syncSnapshot:i.syncSnapshot,snapshot:a,src:o,systemId:i.systemId});n[e]=c});function i(e,t){if(t instanceof rn)return t;try{return e.machine.getStateNodeById(t.id)}catch{}}function a(e,t){if(!t||typeof t!=`object`)return{};let n={};for(let r in t){let a=t[r];for(let t of a){let a=i(e,t);a&&(n[r]??=[],n[r].push(a))}}return n}let o=a(this.root,e.historyValue),s=O({...e,children:n,_nodes:Array.from(qe(lt(this.root,e.value))),historyValue:o},this),c=/* @__PURE__ */ new Set;function l(e,t){if(!c.has(e)){c.add(e);for(let n in e){let r=e[n];if(r&&typeof r==`object`){if(`xstate$$type`in r&&r.xstate$$type===1){e[n]=t[r.id];continue}l(r,t)}}}}return l(s.context,n),s}};function on(e,t,n,r,{event:i}){return[t,{event:typeof i==`function`?i(n,r):i},void 0]}function sn(e,{event:t}){e.defer(()=>e.emit(t))}function cn(e){function t(e,t){}return t.type=`xstate.emit`,t.event=e,t.resolve=on,t.execute=sn,t}var ln=/*#__PURE__*/ function(e){return e.Parent=`#_parent`,e.Internal=`#_internal`,e}({});function un(e,t,n,r,{to:i,event:a,id:o,delay:s},c){let l=t.machine.implementations.delays;if(typeof a==`string`)throw Error(`Only event objects may be used with sendTo; use sendTo({ type: "${a}" }) instead`);let u=typeof a==`function`?a(n,r):a,d;if(typeof s==`string`){let e=l&&l[s];d=typeof e==`function`?e(n,r):e}else d=typeof s==`function`?s(n,r):s;let f=typeof i==`function`?i(n,r):i,p;if(typeof f==`string`){if(p=f===ln.Parent?e.self._parent:f===ln.Internal?e.self:f.startsWith(`#_`)?t.children[f.slice(2)]:c.deferredActorIds?.includes(f)?f:t.children[f],!p)throw Error(`Unable to send event to actor '${f}' from machine '${t.machine.id}'.`)}else p=f||e.self;return[t,{to:p,targetId:typeof f==`string`?f:void 0,event:u,id:o,delay:d},void 0]}function dn(e,t,n){typeof n.to==`string`&&(n.to=t.children[n.to])}function fn(e,t){e.defer(()=>{let{to:n,event:r,delay:i,id:a}=t;typeof i==`number`?e.system.scheduler.schedule(e.self,n,r,i,a):e.system._relay(e.self,n,r.type===`xstate.error`?de(e.self.id,r.data):r)})}function pn(e,t,n){function r(e,t){}return r.type=`xstate.sendTo`,r.to=e,r.event=t,r.id=n?.id,r.delay=n?.delay,r.resolve=un,r.retryResolve=dn,r.execute=fn,r}function mn(e,t){return pn(ln.Parent,e,t)}function hn(e,t,n,r,{collect:i}){let a=[],o=function(e){a.push(e)};return o.assign=(...e)=>{a.push(en(...e))},o.cancel=(...e)=>{a.push(Ie(...e))},o.raise=(...e)=>{a.push(Jt(...e))},o.sendTo=(...e)=>{a.push(pn(...e))},o.sendParent=(...e)=>{a.push(mn(...e))},o.spawnChild=(...e)=>{a.push(ze(...e))},o.stopChild=(...e)=>{a.push(Ue(...e))},o.emit=(...e)=>{a.push(cn(...e))},i({context:n.context,event:n.event,enqueue:o,check:e=>y(e,t.context,n.event,t),self:e.self,system:e.system},r),[t,void 0,a]}function gn(e){function t(e,t){}return t.type=`xstate.enqueueActions`,t.collect=e,t.resolve=hn,t}function _n(e,t,n,r,{value:i,label:a}){return[t,{value:typeof i==`function`?i(n,r):i,label:a},void 0]}function vn({logger:e},{value:t,label:n}){n?e(n,t):e(t)}function yn(e=({context:e,event:t})=>({context:e,event:t}),t){function n(e,t){}return n.type=`xstate.log`,n.value=e,n.label=t,n.resolve=_n,n.execute=vn,n}function bn(e,t){let n=h(t);if(!n.some(t=>De(e.type,t))){let t=n.length===1?`type matching "${n[0]}"`:`one of types matching "${n.join(`", "`)}"`;throw Error(`Expected event ${JSON.stringify(e)} to have ${t}`)}}function xn(e,t){return new an(e,t)}function Sn({schemas:e,actors:t,actions:n,guards:r,delays:i}){return{assign:en,sendTo:pn,raise:Jt,log:yn,cancel:Ie,stopChild:Ue,enqueueActions:gn,emit:cn,spawnChild:ze,createStateConfig:e=>e,createAction:e=>e,createMachine:a=>xn({...a,schemas:e},{actors:t,actions:n,guards:r,delays:i}),extend:a=>Sn({schemas:e,actors:t,actions:{...n,...a.actions},guards:{...r,...a.guards},delays:{...i,...a.delays}})}}var Cn=a({fr:{"problem.validation.title":`Certaines informations sont invalides`,"problem.validation.detail":`Corrigez les champs signalés puis réessayez.`,"problem.bad_json.title":`Requête illisible`,"problem.bad_json.detail":`Le corps de la requête doit être un document JSON valide.`,"problem.unsupported_media_type.title":`Format non pris en charge`,"problem.unsupported_media_type.detail":`Envoyez le corps de la requête en application/json.`,"problem.not_found.title":`Ressource introuvable`,"problem.not_found.detail":`Aucune ressource ne correspond à {path}.`,"problem.method_not_allowed.title":`Méthode non autorisée`,"problem.method_not_allowed.detail":`La méthode {method} n’est pas acceptée ici.`,"problem.payload_too_large.title":`Requête trop volumineuse`,"problem.payload_too_large.detail":`Le corps de la requête dépasse la taille autorisée.`,"problem.internal.title":`Erreur interne`,"problem.internal.detail":`Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez le support en citant l’identifiant {requestId}.`,"problem.partner_key_required.title":`Clé partenaire requise`,"problem.partner_key_required.detail":`Chaque requête doit porter l’en-tête X-Partner-Key avec la clé publique du partenaire (pk_test_… ou pk_live_…).`,"problem.partner_key_invalid.title":`Clé partenaire inconnue`,"problem.partner_key_invalid.detail":`La clé X-Partner-Key envoyée ne correspond à aucun partenaire actif.`,"problem.origin_forbidden.title":`Origine non autorisée`,"problem.origin_forbidden.detail":`Ce partenaire n’autorise pas les requêtes venant de {origin}. Ajoutez cette origine à sa liste.`,"problem.secret_key_required.title":`Clé secrète requise`,"problem.secret_key_required.detail":`Cet appel de serveur à serveur exige l’en-tête Authorization: Bearer sk_… d’un partenaire actif.`,"problem.unavailable.title":`Service momentanément indisponible`,"problem.unavailable.detail":`Un service nécessaire ne répond pas. Réessayez dans un instant.`,"problem.organisation_not_found.title":`Établissement inconnu`,"problem.organisation_not_found.detail":`Le SIRET {siret} est valide mais ne correspond à aucun établissement connu du répertoire.`,"problem.idempotency_required.title":`En-tête Idempotency-Key requis`,"problem.idempotency_required.detail":`Chaque commande doit porter un en-tête Idempotency-Key unique (8 à 255 caractères, par exemple un UUID), réutilisé tel quel en cas de nouvel essai.`,"problem.idempotency_mismatch.title":`Clé d’idempotence déjà utilisée`,"problem.idempotency_mismatch.detail":`Cette clé Idempotency-Key a déjà servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle commande.`,"problem.idempotency_in_flight.title":`Commande en cours de traitement`,"problem.idempotency_in_flight.detail":`Une requête avec la même clé Idempotency-Key est en cours de traitement. Réessayez dans un instant.`,"validation.cgv_outdated":`Les CGV ont été mises à jour : relisez-les et acceptez la nouvelle version.`,"validation.required":`Ce champ est obligatoire.`,"validation.type":`Ce champ n’a pas le bon type.`,"validation.unknown_field":`Ce champ n’est pas attendu.`,"validation.too_long":`Ce champ ne doit pas dépasser {max} caractères.`,"validation.civility":`Choisissez Madame ou Monsieur.`,"validation.email":`Adresse e-mail invalide.`,"validation.email_mismatch":`Les deux adresses e-mail ne correspondent pas.`,"validation.phone_fr":`Numéro de téléphone invalide : 0X XX XX XX XX ou +33 X XX XX XX XX.`,"validation.phone":`Numéro de téléphone invalide (6 à 15 chiffres, indicatif + accepté).`,"validation.country":`Choisissez un pays (code ISO à deux lettres).`,"validation.postal_code":`Code postal invalide (5 chiffres en France).`,"validation.siret_format":`Le SIRET doit comporter 14 chiffres.`,"validation.siret_checksum":`Ce numéro SIRET n’est pas valide : vérifiez les chiffres saisis.`,"validation.siret_unverified":`Le SIRET n’a pas encore été vérifié.`,"validation.siret_pending":`Vérification du SIRET en cours…`,"validation.siret_unknown":`Aucun établissement ne correspond à ce SIRET.`,"validation.siret_closed":`Cet établissement est fermé : indiquez le SIRET d’un établissement en activité.`,"validation.siret_lookup_failed":`Le SIRET n’a pas pu être vérifié pour le moment. Réessayez dans un instant.`,"validation.usb_reader_required":`Le lecteur format clé USB est obligatoire pour un premier certificat CERTINOMIS.`,"validation.payment_method":`Choisissez un mode de paiement.`,"validation.mandate_public_only":`Le mandat administratif n’est proposé qu’aux administrations publiques.`,"validation.service_code":`Code service : lettres, chiffres, espaces et caractères - _ / . uniquement.`,"validation.chorus_order_number":`Numéro commande Chorus : lettres, chiffres, espaces et caractères - _ / . uniquement.`,"validation.transfer_reference":`Référence du virement : lettres sans accent, chiffres, espaces et caractères - / . : ' ( ) + , uniquement.`,"validation.cheque_number":`Le numéro de chèque comporte 7 chiffres.`,"validation.quantity_range":`Indiquez un nombre entier de certificats, de 1 à 50.`,"validation.product_unknown":`Ce produit ne figure pas au catalogue.`,"validation.cgv_required":`Vous devez lire et accepter les CGV pour commander.`,"problem.auth_invalid_credentials.title":`Identifiants incorrects`,"problem.auth_invalid_credentials.detail":`L’adresse e-mail ou le mot de passe est incorrect.`,"problem.auth_email_unverified.title":`Adresse e-mail non confirmée`,"problem.auth_email_unverified.detail":`Confirmez d’abord votre adresse : nous venons de vous renvoyer le lien de confirmation.`,"problem.auth_token_invalid.title":`Lien invalide ou expiré`,"problem.auth_token_invalid.detail":`Ce lien n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.`,"problem.auth_attempt_unknown.title":`Connexion introuvable`,"problem.auth_attempt_unknown.detail":`Cette tentative de connexion n’existe pas ou a expiré. Reconnectez-vous.`,"problem.auth_required.title":`Connexion requise`,"problem.auth_required.detail":`Connectez-vous à votre espace client pour accéder à cette ressource.`,"problem.too_many_requests.title":`Trop de tentatives`,"problem.too_many_requests.detail":`Trop de tentatives en peu de temps. Réessayez dans {seconds} secondes.`,"validation.password_too_short":`Le mot de passe doit comporter au moins 8 caractères.`,"validation.password_too_long":`Le mot de passe ne doit pas dépasser 256 caractères.`,"validation.password_common":`Ce mot de passe est trop courant ou trop facile à deviner : choisissez-en un autre.`,"validation.token":`Lien ou code invalide.`,"validation.locale":`Langue non prise en charge (fr ou en).`,"status.to_complete":`Demande à compléter`,"status.to_sign":`À signer`,"status.awaiting_paper":`En attente du dossier papier`,"status.in_review":`En cours de vérification`,"status.awaiting_payment":`En attente de paiement`,"status.issued":`Certificat émis`,"status.shipped":`Expédié`,"status.at_post_office":`Disponible en bureau de poste`,"status.refused":`Refusé`,"status.revoked":`Révoqué`,"revocation.reason.keyCompromise":`Clé compromise, support perdu ou volé`,"revocation.reason.affiliationChanged":`Le titulaire a quitté l’organisation ou changé de fonction`,"revocation.reason.superseded":`Remplacé par un autre certificat`,"revocation.reason.cessationOfOperation":`Cessation d’activité`,"validation.revocation_reason":`Choisissez le motif de la révocation.`,"validation.revocation_pending":`Une demande de révocation est déjà en cours pour ce certificat.`,"validation.revocation_not_issued":`Seul un certificat émis et valide peut être révoqué.`,"validation.revocation_none":`Aucune demande de révocation n’est en attente pour ce certificat.`,"validation.revocation_code":`Code de révocation invalide.`,"validation.revocation_code_missing":`Aucun code de révocation en cours : faites une nouvelle demande.`,"validation.revocation_code_expired":`Ce code de révocation a expiré : faites une nouvelle demande.`,"validation.revocation_code_locked":`Trop d’essais : faites une nouvelle demande de révocation.`,"status.cancelled":`Annulé`,"validation.mobile_fr":`Indiquez un numéro de mobile français (06 ou 07) : il reçoit le code de signature par SMS.`,"validation.choice":`Choisissez l’une des options proposées.`,"validation.mail_requires_online_identity":`L’envoi par courrier n’est possible qu’avec une vérification d’identité en ligne.`,"validation.step":`Étape du dossier inconnue.`,"validation.step_locked":`Complétez d’abord les étapes précédentes.`,"validation.step_incomplete":`Cette étape du dossier n’est pas encore complétée.`,"validation.dossier_read_only":`Le dossier est signé : il ne peut plus être modifié.`,"validation.event_type":`Action inconnue sur le dossier.`,"validation.event_not_allowed":`Cette action n’est pas possible à ce stade du dossier.`,"validation.identity_document_required":`Déposez le scan de la pièce d’identité du bénéficiaire avant de signer.`,"validation.identity_not_online":`Le dépôt d’une pièce d’identité suppose la vérification d’identité en ligne.`,"validation.identity_not_submitted":`Aucune pièce d’identité n’est en attente de vérification.`,"validation.identity_already_verified":`L’identité du bénéficiaire est déjà vérifiée.`,"validation.signature_method":`Choisissez d’abord ce mode de signature.`,"validation.signature_code_required":`Demandez d’abord le code de signature par SMS (un code envoyé avant une modification du dossier n’est plus valable).`,"validation.already_paid":`Le paiement de ce dossier est déjà enregistré.`,"validation.amount":`Indiquez un montant entier en centimes, supérieur à zéro.`,"validation.serial_number":`Le numéro de série est un nombre hexadécimal de 8 à 40 chiffres.`,"validation.datetime":`Date et heure invalides (format ISO 8601 attendu).`,"validation.tracking_number":`Numéro de suivi invalide : 4 à 40 lettres, chiffres ou tirets.`,"validation.version":`Version du dossier invalide.`,"validation.express_chronopost":`Un dossier Express est expédié par Chronopost.`,"validation.delivery_not_mail":`Ce certificat est remis en bureau de poste : il ne s’expédie pas par courrier.`,"validation.delivery_not_post_office":`Ce certificat est envoyé par courrier : il n’est pas remis en bureau de poste.`,"dossier.missing.dossier_incomplete":`Le dossier n’est pas complet.`,"dossier.missing.not_signed":`Le dossier n’est pas signé.`,"dossier.missing.paper_not_received":`Le dossier papier signé n’a pas été reçu.`,"dossier.missing.identity_not_verified":`L’identité du bénéficiaire n’est pas vérifiée.`,"dossier.missing.payment_not_received":`Le paiement n’a pas été reçu.`,"problem.precondition_required.title":`En-tête If-Match requis`,"problem.precondition_required.detail":`Envoyez la version du dossier que vous modifiez dans l’en-tête If-Match (par exemple If-Match: "3").`,"problem.stale_version.title":`Le dossier a changé entre-temps`,"problem.stale_version.detail":`Le dossier a été modifié depuis votre lecture (version actuelle {version}). Rechargez-le, puis recommencez.`,"problem.file_too_large.title":`Fichier trop volumineux`,"problem.file_too_large.detail":`La pièce d’identité ne doit pas dépasser 10 Mo.`,"problem.file_type.title":`Type de fichier refusé`,"problem.file_type.detail":`Envoyez une image JPEG ou PNG, ou un PDF. Le type est vérifié d’après le contenu du fichier, pas son nom.`,"validation.file_required":`Joignez la pièce d’identité (JPEG, PNG ou PDF, 10 Mo au plus).`,"validation.file_unreadable":`Ce fichier est endommagé ou illisible : numérisez à nouveau la pièce d’identité.`,"validation.event_forbidden":`Cet événement ne peut pas être envoyé depuis l’espace client.`,"validation.code_format":`Le code comporte 6 chiffres.`,"validation.code_wrong":`Code incorrect. Il vous reste {remaining} essai(s).`,"validation.code_locked":`Trop d’essais : demandez un nouveau code.`,"validation.code_expired":`Ce code a expiré : demandez-en un nouveau.`,"validation.code_void":`Le dossier a été modifié depuis l’envoi du code : demandez-en un nouveau.`,"validation.code_missing":`Aucun code n’a été envoyé : demandez un code.`,"validation.payment_already_received":`Le paiement de cette commande est déjà enregistré.`,"validation.cancel_after_issue":`Le certificat est déjà émis : il ne peut plus être annulé (demandez sa révocation).`,"validation.cancel_already_cancelled":`Ce certificat est déjà annulé ou refusé.`,"validation.cancel_not_in_order":`Ce dossier n’appartient pas à cette commande.`,"validation.refund_already_recorded":`Ce remboursement est déjà enregistré.`,"validation.payment_mandate":`Cette commande est payée par mandat administratif (Chorus Pro) : aucun paiement à rapprocher.`,"validation.payment_amount_mismatch":`Le montant reçu ne correspond pas au montant TTC de la commande.`,"validation.payment_reference_mismatch":`Le libellé du virement ne porte ni la référence de la commande ni la référence de virement du client.`,"validation.payment_cheque_mismatch":`Ce numéro de chèque n’est pas celui indiqué à la commande.`,"validation.payment_bank_mismatch":`Cette banque n’est pas celle indiquée à la commande.`,"problem.operator_only.title":`Réservé aux opérateurs`,"problem.operator_only.detail":`Cette ressource est réservée au back office CERTINOMIS.`,"problem.not_cancellable.title":`Annulation impossible`,"problem.not_cancellable.detail":`Un certificat de la commande ne peut pas être annulé dans son état actuel (voir errors).`,"validation.text_characters":`Ce champ contient un caractère non autorisé (caractère nul ou caractère Unicode incomplet).`,"validation.name_characters":`Saisissez le nom tel qu’il figure sur la pièce d’identité, sans caractère de contrôle ni de sens d’écriture.`,"validation.id_format":`Cet identifiant n’a pas le format attendu.`,"validation.too_small":`La valeur doit être au moins {min}.`,"validation.too_large":`La valeur ne doit pas dépasser {max}.`,"validation.integer":`Indiquez un nombre entier.`,"validation.date":`Date invalide (format AAAA-MM-JJ, date du calendrier).`,"validation.cursor":`Curseur de pagination invalide : reprenez depuis la première page.`,"problem.webhook_signature.title":`Signature de webhook refusée`,"problem.webhook_signature.detail":`Ce webhook ne porte pas une signature valide de CERTINOMIS : il n’a pas été pris en compte.`,"problem.bad_url.title":`Adresse de requête mal formée`,"problem.bad_url.detail":`L’adresse contient un encodage « % » invalide (chaque « % » doit être suivi de deux chiffres hexadécimaux formant de l’UTF-8).`,"problem.not_ready.title":`Service pas encore prêt`,"problem.not_ready.database":`La base de données ne répond pas. Réessayez dans quelques secondes.`,"problem.not_ready.migrations":`Le schéma de la base de données n’est pas à jour : des migrations restent à appliquer.`,"problem.not_ready.shutting_down":`Le service s’arrête ; une autre instance prend le relais.`,"problem.metrics_forbidden.title":`Métriques non accessibles`,"problem.metrics_forbidden.detail":`Les métriques se lisent avec le jeton METRICS_TOKEN, ou sans jeton depuis la machine elle-même uniquement.`,"problem.operator_partner_origin.title":`Back office CERTINOMIS uniquement`,"problem.operator_partner_origin.detail":`Une session d’opérateur ne s’utilise que depuis le back office CERTINOMIS, jamais depuis la page ni avec la clé d’un partenaire.`,"problem.auth_login_denied.title":`Connexion refusée`,"problem.auth_login_denied.detail":`Cette connexion a été annulée depuis le lien « Ce n’était pas moi » de l’e-mail. Si c’était bien vous, reconnectez-vous ; sinon, changez votre mot de passe.`,"validation.file_too_many_pixels":`Cette image dépasse 40 millions de pixels : envoyez une photo ou une numérisation de plus faible résolution.`,"validation.file_pdf_active":`Ce PDF contient du JavaScript, des actions automatiques ou des fichiers joints : envoyez une simple numérisation de la pièce d’identité.`,"problem.database_unavailable.title":`Service momentanément indisponible`,"problem.database_unavailable.detail":`La base de données ne répond pas. Réessayez dans quelques secondes ; une commande se renvoie avec la même clé Idempotency-Key.`,"problem.database_busy.title":`Service très sollicité`,"problem.database_busy.detail":`Votre demande est entrée en conflit avec une autre au même moment. Réessayez dans un instant.`,"problem.order_timeout.title":`Commande non confirmée à temps`,"problem.order_timeout.detail":`La commande n’a pas pu être confirmée dans le délai imparti. Renvoyez-la avec la même clé Idempotency-Key : vous obtiendrez la commande si elle a abouti, sinon elle sera passée une seule fois.`,"problem.partner_auth_required.title":`Authentification partenaire requise`,"problem.partner_auth_required.detail":`Cet appel exige l’en-tête Authorization: Bearer avec la clé secrète sk_… d’un partenaire actif ou une session du portail partenaires.`,"problem.partner_role_forbidden.title":`Action non permise à votre rôle`,"problem.partner_role_forbidden.detail":`Le rôle « {role} » ne permet pas cette action du portail partenaires.`,"problem.partner_user_exists.title":`Utilisateur déjà existant`,"problem.partner_user_exists.detail":`Un utilisateur du portail a déjà cette adresse e-mail.`,"problem.partner_login_failed.title":`Connexion refusée`,"problem.partner_login_failed.detail":`Adresse e-mail ou mot de passe incorrect.`,"validation.origin_format":`Indiquez une origine exacte : schéma, hôte et port éventuel, sans chemin (https://exemple.fr).`,"validation.origin_live_https":`Un partenaire en production n’autorise que des origines https: (localhost seulement en mode test).`,"validation.webhook_url":`Indiquez une adresse https: sur un nom d’hôte public (http: et hôtes locaux seulement en mode test).`,"validation.url":`Indiquez une adresse http(s) complète.`,"validation.month":`Mois invalide (format AAAA-MM).`,"validation.webhook_event_type":`Type d’événement inconnu.`,"problem.webhook_endpoint_missing.title":`Aucun point de réception de webhooks`,"problem.webhook_endpoint_missing.detail":`Indiquez d’abord l’adresse de réception des webhooks (PATCH /v1/partner, webhookUrl).`},en:()=>import(`./en-CQE2P2iu.js`).then(e=>e.en)}),wn=Cn.has;function Tn(e,t,n={}){return wn(t)?Cn.text(e,t,n):s(t,n)}var En=[`civility`,`firstName`,`lastName`,`email`,`emailConfirmation`,`phone`,`country`,`companyName`,`siret`,`address`,`postalCode`,`city`],Dn=[`companyName`,`address`,`postalCode`,`city`,`country`,`email`],On=[`siret`,`serviceCode`,`chorusOrderNumber`,`transferReference`,`chequeNumber`,`bank`],kn={mandate:[`siret`,`serviceCode`,`chorusOrderNumber`],transfer:[`transferReference`],cheque:[`chequeNumber`,`bank`]},An=[`usbReader`,`express`];function jn(){return{customer:{},billingDifferent:!1,billing:{},options:{usbReader:!1,express:!1},payment:{},organisation:null,organisationStatus:`idle`,cgvAccepted:!1,cgvVersion:null,issues:[],order:null,submitError:null}}function Mn(e){if(e.method===void 0)return{};let t={method:e.method};for(let n of kn[e.method])t[n]=e[n];return t}var Nn={lang:void 0,message:void 0,abortEarly:void 0,abortPipeEarly:void 0};/* @__NO_SIDE_EFFECTS__ */
function Pn(e){return e?{lang:e?.lang??void 0,message:e?.message,abortEarly:e?.abortEarly??void 0,abortPipeEarly:e?.abortPipeEarly??void 0}:Nn}/* @__NO_SIDE_EFFECTS__ */
function Fn(e){let t=typeof e;return t===`string`?`"${e}"`:t===`number`||t===`bigint`||t===`boolean`?`${e}`:t===`object`||t===`function`?(e&&Object.getPrototypeOf(e)?.constructor?.name)??`null`:t}function N(e,t,n,r,i){let a=i&&`input`in i?i.input:n.value,o=i?.expected??e.expects??null,s=i?.received??/* @__PURE__ */ Fn(a),c={kind:e.kind,type:e.type,input:a,expected:o,received:s,message:`Invalid ${t}: ${o?`Expected ${o} but r`:`R`}eceived ${s}`,requirement:e.requirement,path:i?.path,issues:i?.issues,lang:r.lang,abortEarly:r.abortEarly,abortPipeEarly:r.abortPipeEarly},l=e.kind===`schema`,u=i?.message??e.message??(e.reference,c.lang,void 0)??(l?(c.lang,void 0):null)??r.message??(c.lang,void 0);u!==void 0&&(c.message=typeof u==`function`?u(c):u),l&&(n.typed=!1),n.issues?n.issues.push(c):n.issues=[c]}/* @__NO_SIDE_EFFECTS__ */
function In(e,t){return e===t||Number.isNaN(e)&&Number.isNaN(t)}/* @__NO_SIDE_EFFECTS__ */
function Ln(e,t){return Object.prototype.hasOwnProperty.call(e,t)&&t!==`__proto__`&&t!==`prototype`&&t!==`constructor`}/* @__NO_SIDE_EFFECTS__ */
function Rn(e,t){let n=[...new Set(e)];return n.length>1?`(${n.join(` ${t} `)})`:n[0]??`never`}function P(e){return e[`~standard`]={version:1,vendor:`valibot`,validate:t=>e[`~run`]({value:t},/* @__PURE__ */ Pn())},e}var zn=/^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;/* @__NO_SIDE_EFFECTS__ */
function F(e,t){return{kind:`validation`,type:`check`,reference:F,async:!1,expects:null,requirement:e,message:t,"~run"(e,t){return e.typed&&!this.requirement(e.value)&&N(this,`input`,e,t),e}}}/* @__NO_SIDE_EFFECTS__ */
function Bn(e){return{kind:`validation`,type:`iso_timestamp`,reference:Bn,async:!1,expects:null,requirement:zn,message:e,"~run"(e,t){return e.typed&&!this.requirement.test(e.value)&&N(this,`timestamp`,e,t),e}}}/* @__NO_SIDE_EFFECTS__ */
function I(e,t){return{kind:`validation`,type:`max_length`,reference:I,async:!1,expects:`<=${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&e.value.length>this.requirement&&N(this,`length`,e,t,{received:`${e.value.length}`}),e}}}/* @__NO_SIDE_EFFECTS__ */
function Vn(e,t){return{kind:`validation`,type:`min_length`,reference:Vn,async:!1,expects:`>=${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&e.value.length<this.requirement&&N(this,`length`,e,t,{received:`${e.value.length}`}),e}}}/* @__NO_SIDE_EFFECTS__ */
function L(e){return{kind:`validation`,type:`non_empty`,reference:L,async:!1,expects:`!0`,message:e,"~run"(e,t){return e.typed&&e.value.length===0&&N(this,`length`,e,t,{received:`0`}),e}}}/* @__NO_SIDE_EFFECTS__ */
function Hn(e,t){if(e.issues)for(let n of t)for(let t of e.issues){let e=!1,r=Math.min(n.length,t.path?.length??0);for(let i=0;i<r;i++)if(n[i]!==t.path[i].key&&(n[i]!==`$`||t.path[i].type!==`array`)){e=!0;break}if(!e)return!1}return!0}/* @__NO_SIDE_EFFECTS__ */
function R(e,t,n){return{kind:`validation`,type:`partial_check`,reference:R,async:!1,expects:null,paths:e,requirement:t,message:n,"~run"(t,n){return(t.typed||/* @__PURE__ */ Hn(t,e))&&!this.requirement(t.value)&&N(this,`input`,t,n),t}}}/* @__NO_SIDE_EFFECTS__ */
function z(e,t){return{kind:`validation`,type:`regex`,reference:z,async:!1,expects:`${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&!this.requirement.test(e.value)&&N(this,`format`,e,t),e}}}/* @__NO_SIDE_EFFECTS__ */
function Un(){return{kind:`transformation`,type:`to_upper_case`,reference:Un,async:!1,"~run"(e){return e.value=e.value.toUpperCase(),e}}}/* @__NO_SIDE_EFFECTS__ */
function B(e){return{kind:`transformation`,type:`transform`,reference:B,async:!1,operation:e,"~run"(e){return e.value=this.operation(e.value),e}}}/* @__NO_SIDE_EFFECTS__ */
function V(){return{kind:`transformation`,type:`trim`,reference:V,async:!1,"~run"(e){return e.value=e.value.trim(),e}}}var Wn={abortEarly:!0};/* @__NO_SIDE_EFFECTS__ */
function Gn(e,t,n){return typeof e.fallback==`function`?e.fallback(t,n):e.fallback}/* @__NO_SIDE_EFFECTS__ */
function H(e,t){return{...e,"~run"(n,r){let i=n.issues&&[...n.issues];if(n=e[`~run`](n,r),n.issues){for(let e of n.issues)if(!i?.includes(e)){let r=n.value;for(let n of t){let t=r[n],i={type:`unknown`,origin:`value`,input:r,key:n,value:t};if(e.path?e.path.push(i):e.path=[i],!t)break;r=t}}}return n}}}/* @__NO_SIDE_EFFECTS__ */
function Kn(e,t,n){return typeof e.default==`function`?e.default(t,n):e.default}/* @__NO_SIDE_EFFECTS__ */
function qn(e,t){return!e[`~run`]({value:t},Wn).issues}/* @__NO_SIDE_EFFECTS__ */
function Jn(e){return P({kind:`schema`,type:`boolean`,reference:Jn,expects:`boolean`,async:!1,message:e,"~run"(e,t){return typeof e.value==`boolean`?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function U(e,t){return P({kind:`schema`,type:`literal`,reference:U,expects:/* @__PURE__ */ Fn(e),async:!1,literal:e,message:t,"~run"(e,t){return/* @__PURE__ */ In(e.value,this.literal)?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function Yn(e,t){return P({kind:`schema`,type:`nullable`,reference:Yn,expects:`(${e.expects} | null)`,async:!1,wrapped:e,default:t,"~run"(e,t){return e.value===null&&(this.default!==void 0&&(e.value=/* @__PURE__ */ Kn(this,e,t)),e.value===null)?(e.typed=!0,e):this.wrapped[`~run`](e,t)}})}/* @__NO_SIDE_EFFECTS__ */
function Xn(e){return P({kind:`schema`,type:`number`,reference:Xn,expects:`number`,async:!1,message:e,"~run"(e,t){return typeof e.value==`number`&&!isNaN(e.value)?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function W(e,t){return P({kind:`schema`,type:`object`,reference:W,expects:`Object`,async:!1,entries:e,message:t,"~run"(e,t){let n=e.value;if(n&&typeof n==`object`){e.typed=!0,e.value={};for(let r in this.entries){let i=this.entries[r];if(r in n||(i.type===`exact_optional`||i.type===`optional`||i.type===`nullish`)&&i.default!==void 0){let a=r in n?n[r]:/* @__PURE__ */ Kn(i),o=i[`~run`]({value:a},t);if(o.issues){let i={type:`object`,origin:`value`,input:n,key:r,value:a};for(let t of o.issues)t.path?t.path.unshift(i):t.path=[i],e.issues?.push(t);if(e.issues||=o.issues,t.abortEarly){e.typed=!1;break}}o.typed||(e.typed=!1),e.value[r]=o.value}else if(i.fallback!==void 0)e.value[r]=/* @__PURE__ */ Gn(i);else if(i.type!==`exact_optional`&&i.type!==`optional`&&i.type!==`nullish`&&(N(this,`key`,e,t,{input:void 0,expected:`"${r}"`,path:[{type:`object`,origin:`key`,input:n,key:r,value:n[r]}]}),t.abortEarly))break}}else N(this,`type`,e,t);return e}})}/* @__NO_SIDE_EFFECTS__ */
function G(e,t){return P({kind:`schema`,type:`optional`,reference:G,expects:`(${e.expects} | undefined)`,async:!1,wrapped:e,default:t,"~run"(e,t){return e.value===void 0&&(this.default!==void 0&&(e.value=/* @__PURE__ */ Kn(this,e,t)),e.value===void 0)?(e.typed=!0,e):this.wrapped[`~run`](e,t)}})}/* @__NO_SIDE_EFFECTS__ */
function Zn(e,t){return P({kind:`schema`,type:`picklist`,reference:Zn,expects:/* @__PURE__ */ Rn(e.map(Fn),`|`),async:!1,options:e,message:t,"~run"(e,t){return this.options.includes(e.value)?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function Qn(e,t,n){return P({kind:`schema`,type:`record`,reference:Qn,expects:`Object`,async:!1,key:e,value:t,message:n,"~run"(e,t){let n=e.value;if(n&&typeof n==`object`){e.typed=!0,e.value={};for(let r in n)if(/* @__PURE__ */ Ln(n,r)){let i=n[r],a=this.key[`~run`]({value:r},t);if(a.issues){let o={type:`object`,origin:`key`,input:n,key:r,value:i};for(let t of a.issues)t.path=[o],e.issues?.push(t);if(e.issues||=a.issues,t.abortEarly){e.typed=!1;break}}let o=this.value[`~run`]({value:i},t);if(o.issues){let a={type:`object`,origin:`value`,input:n,key:r,value:i};for(let t of o.issues)t.path?t.path.unshift(a):t.path=[a],e.issues?.push(t);if(e.issues||=o.issues,t.abortEarly){e.typed=!1;break}}a.typed&&o.typed||(e.typed=!1),a.typed&&(e.value[a.value]=o.value)}}else N(this,`type`,e,t);return e}})}/* @__NO_SIDE_EFFECTS__ */
function K(e){return P({kind:`schema`,type:`string`,reference:K,expects:`string`,async:!1,message:e,"~run"(e,t){return typeof e.value==`string`?e.typed=!0:N(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function $n(){return P({kind:`schema`,type:`unknown`,reference:$n,expects:`unknown`,async:!1,"~run"(e){return e.typed=!0,e}})}/* @__NO_SIDE_EFFECTS__ */
function er(e,t,n){return P({kind:`schema`,type:`variant`,reference:er,expects:`Object`,async:!1,key:e,options:t,message:n,"~run"(e,t){let n=e.value;if(n&&typeof n==`object`){let r,i=0,a=this.key,o=[],s=(e,c)=>{for(let l of e.options){if(l.type===`variant`)s(l,new Set(c).add(l.key));else{let e=!0,s=0;for(let t of c){let r=l.entries[t];if(t in n?r[`~run`]({typed:!1,value:n[t]},Wn).issues:r.type!==`exact_optional`&&r.type!==`optional`&&r.type!==`nullish`){e=!1,a!==t&&(i<s||i===s&&t in n&&!(a in n))&&(i=s,a=t,o=[]),a===t&&o.push(l.entries[t].expects);break}s++}if(e){let e=l[`~run`]({value:n},t);(!r||!r.typed&&e.typed)&&(r=e)}}if(r&&!r.issues)break}};if(s(this,/* @__PURE__ */ new Set([this.key])),r)return r;N(this,`type`,e,t,{input:n[a],expected:/* @__PURE__ */ Rn(o,`|`),path:[{type:`object`,origin:`value`,input:n,key:a,value:n[a]}]})}else N(this,`type`,e,t);return e}})}/* @__NO_SIDE_EFFECTS__ */
function q(...e){return P({...e[0],pipe:e,"~run"(t,n){for(let r of e)if(r.kind!==`metadata`){if(t.issues&&(r.kind===`schema`||r.kind===`transformation`)){t.typed=!1;break}t.issues&&(n.abortEarly||n.abortPipeEarly)||(t=r[`~run`](t,n))}return t}})}/* @__NO_SIDE_EFFECTS__ */
function tr(e,t,n){let r=e[`~run`]({value:t},/* @__PURE__ */ Pn(n));return{typed:r.typed,success:!r.issues,output:r.value,issues:r.issues}}function nr(e){return(e.path??[]).map(e=>String(e.key)).join(`.`)}function rr(e,t){let n=/* @__PURE__ */ new Set,r=[];for(let i of e){let e=nr(i);n.has(e)||(n.add(e),r.push({field:e,message:Tn(t,ar(i),ir(i))}))}return r}function ir(e){let t=e.requirement;return typeof t==`number`?e.type.startsWith(`max_`)?{max:t}:e.type.startsWith(`min_`)?{min:t}:{}:{}}function ar(e){return wn(e.message)?e.message:e.kind===`schema`?e.input===void 0||e.input===null||e.input===``?`validation.required`:`validation.type`:e.message}var or=/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/,sr=/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/,cr=/^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/i;function lr(e){return e.trim().toLowerCase()}function ur(e){let t=e.trim();if(t.length>254||/\s/.test(t))return!1;let n=t.lastIndexOf(`@`);if(n<1)return!1;let r=t.slice(0,n),i=t.slice(n+1);if(r.length>64||!or.test(r))return!1;let a=i.split(`.`),o=a[a.length-1]??``;return a.length>=2&&a.every(e=>sr.test(e))&&cr.test(o)}var dr=/^(?:0|(?:\+|00)33(?:\(0\))?)([1-9]\d{8})$/;function J(e){let t=e.replace(/[\s.-]/g,``),n=dr.exec(t);return n?`+33${n[1]}`:null}function fr(e){return J(e)!==null}function pr(e){let t=J(e);return t!==null&&(t.startsWith(`+336`)||t.startsWith(`+337`))}function mr(e){let t=J(e);return t===null?e.trim():`0${t.slice(3)}`.replace(/(\d{2})(?=\d)/g,`$1 `)}function hr(e,t){let n=t.trim().toUpperCase();if(!/^[A-Z]{2}$/.test(n))return!1;let r=e.trim();return n===`FR`?/^\d{5}$/.test(r)&&!r.startsWith(`00`):/^[A-Za-z0-9 -]{2,10}$/.test(r)&&/[A-Za-z0-9]/.test(r)}var gr=`356000000`,_r=`35600000000048`;function vr(e){return e.replace(/[ \u00A0\u202F.-]/g,``)}function yr(e){if(!/^\d+$/.test(e))return!1;let t=0;for(let n=0;n<e.length;n++){let r=e.charCodeAt(e.length-1-n)-48;n%2==1&&(r*=2,r>9&&(r-=9)),t+=r}return t%10==0}function br(e){let t=vr(e);if(!/^\d{14}$/.test(t))return!1;if(t.startsWith(gr)&&t!==_r){let e=0;for(let n of t)e+=n.charCodeAt(0)-48;return e%5==0}return yr(t)}function xr(e){let t=vr(e.trim());return t===``?`required`:/^\d{14}$/.test(t)?br(t)?null:`checksum`:`format`}var Sr=/[\u0000\p{Cs}]/u;function Cr(e){return!Sr.test(e)}function wr(){return/* @__PURE__ */ F(e=>typeof e!=`string`||Cr(e),`validation.text_characters`)}var Tr=/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;function Er(e){return Cr(e)&&!Tr.test(e)}function Y(e){return/* @__PURE__ */ q(/* @__PURE__ */ K(`validation.required`),wr(),/* @__PURE__ */ V(),/* @__PURE__ */ L(`validation.required`),/* @__PURE__ */ I(e,`validation.too_long`))}function Dr(e){return/* @__PURE__ */ G(/* @__PURE__ */ q(/* @__PURE__ */ Yn(/* @__PURE__ */ K(`validation.type`)),wr(),/* @__PURE__ */ B(e=>e?.trim()??``),/* @__PURE__ */ I(e,`validation.too_long`),/* @__PURE__ */ B(e=>e===``?void 0:e)))}function Or(e){return/* @__PURE__ */ q(Y(e),/* @__PURE__ */ F(Er,`validation.name_characters`))}var X={name:100,companyName:200,address:200,city:100,phone:30,bank:100,serviceCode:100,chorusOrderNumber:50,transferReference:35,productCode:50,cgvVersion:50},kr=/* @__PURE__ */ q(/* @__PURE__ */ K(`validation.required`),/* @__PURE__ */ V(),/* @__PURE__ */ Un(),/* @__PURE__ */ L(`validation.required`),/* @__PURE__ */ Zn([`MME`,`MR`],`validation.civility`)),Ar=/^[A-Z]{2}$/,jr=/* @__PURE__ */ q(/* @__PURE__ */ K(`validation.required`),/* @__PURE__ */ V(),/* @__PURE__ */ Un(),/* @__PURE__ */ L(`validation.required`),/* @__PURE__ */ z(Ar,`validation.country`)),Mr=/* @__PURE__ */ q(/* @__PURE__ */ K(`validation.required`),/* @__PURE__ */ V(),/* @__PURE__ */ L(`validation.required`),/* @__PURE__ */ F(ur,`validation.email`),/* @__PURE__ */ B(lr)),Nr=/* @__PURE__ */ q(/* @__PURE__ */ K(`validation.required`),/* @__PURE__ */ V(),/* @__PURE__ */ F(e=>xr(e)!==`required`,`validation.required`),/* @__PURE__ */ F(e=>xr(e)!==`format`,`validation.siret_format`),/* @__PURE__ */ F(e=>xr(e)!==`checksum`,`validation.siret_checksum`),/* @__PURE__ */ B(vr));function Pr(e){let t=e.replace(/[\s.()-]/g,``);return/^\+?\d{6,15}$/.test(t)&&/^\+?[\d\s.()-]+$/.test(e)}function Fr(e,t){return Ar.test(t)?t===`FR`?fr(e):Pr(e):!0}function Ir(e,t){return!Ar.test(t)||hr(e,t)}var Lr=/* @__PURE__ */ q(/* @__PURE__ */ W({civility:kr,firstName:Y(X.name),lastName:Y(X.name),email:Mr,emailConfirmation:/* @__PURE__ */ q(/* @__PURE__ */ K(`validation.required`),wr(),/* @__PURE__ */ V(),/* @__PURE__ */ L(`validation.required`),/* @__PURE__ */ B(lr)),phone:Y(X.phone),country:/* @__PURE__ */ G(jr,`FR`),companyName:Y(X.companyName),siret:Nr,address:Y(X.address),postalCode:Y(10),city:Y(X.city)}),/* @__PURE__ */ H(/* @__PURE__ */ R([[`email`],[`emailConfirmation`]],e=>e.email===e.emailConfirmation,`validation.email_mismatch`),[`emailConfirmation`]),/* @__PURE__ */ H(/* @__PURE__ */ R([[`phone`],[`country`]],e=>Fr(e.phone,e.country),e=>e.input.country===`FR`?`validation.phone_fr`:`validation.phone`),[`phone`]),/* @__PURE__ */ H(/* @__PURE__ */ R([[`postalCode`],[`country`]],e=>Ir(e.postalCode,e.country),`validation.postal_code`),[`postalCode`]),/* @__PURE__ */ B(e=>({...e,phone:e.country===`FR`?J(e.phone)??e.phone:e.phone}))),Rr=/* @__PURE__ */ G(/* @__PURE__ */ q(/* @__PURE__ */ Yn(/* @__PURE__ */ K(`validation.type`)),/* @__PURE__ */ B(e=>e?.trim()??``),/* @__PURE__ */ F(e=>e===``||ur(e),`validation.email`),/* @__PURE__ */ B(e=>e===``?void 0:lr(e)))),zr=/* @__PURE__ */ q(/* @__PURE__ */ W({companyName:Y(X.companyName),address:Y(X.address),postalCode:Y(10),city:Y(X.city),country:/* @__PURE__ */ G(jr,`FR`),email:Rr}),/* @__PURE__ */ H(/* @__PURE__ */ R([[`postalCode`],[`country`]],e=>Ir(e.postalCode,e.country),`validation.postal_code`),[`postalCode`])),Br=/* @__PURE__ */ W({usbReader:/* @__PURE__ */ G(/* @__PURE__ */ Jn(`validation.type`),!1),express:/* @__PURE__ */ G(/* @__PURE__ */ Jn(`validation.type`),!1)}),Vr=/^[\p{L}\p{N} _/.-]+$/u,Hr=/* @__PURE__ */ er(`method`,[/* @__PURE__ */ W({method:/* @__PURE__ */ U(`mandate`),siret:Nr,serviceCode:/* @__PURE__ */ q(Y(X.serviceCode),/* @__PURE__ */ z(Vr,`validation.service_code`)),chorusOrderNumber:/* @__PURE__ */ q(Y(X.chorusOrderNumber),/* @__PURE__ */ z(Vr,`validation.chorus_order_number`))}),/* @__PURE__ */ W({method:/* @__PURE__ */ U(`transfer`),transferReference:/* @__PURE__ */ q(Y(X.transferReference),/* @__PURE__ */ z(/^[A-Za-z0-9 /.:'()+,-]+$/,`validation.transfer_reference`))}),/* @__PURE__ */ W({method:/* @__PURE__ */ U(`cheque`),chequeNumber:/* @__PURE__ */ q(/* @__PURE__ */ K(`validation.required`),/* @__PURE__ */ B(e=>e.replace(/\s/g,``)),/* @__PURE__ */ L(`validation.required`),/* @__PURE__ */ z(/^\d{7}$/,`validation.cheque_number`)),bank:Y(X.bank)})],`validation.payment_method`),Ur=[`mandate`,`transfer`,`cheque`],Wr=/* @__PURE__ */ q(/* @__PURE__ */ Xn(`validation.quantity_range`),/* @__PURE__ */ F(e=>Number.isInteger(e)&&e>=1&&e<=50,`validation.quantity_range`)),Gr=Y(X.productCode),Kr=Y(X.cgvVersion),qr=[`products`,`quantity`,`identification`,`options`,`payment`,`review`];function Jr(e){return typeof e==`string`&&qr.includes(e)}function Yr(e,t=``){let n=/* @__PURE__ */ new Set,r=[];for(let i of e){let e=nr(i),a=t&&e?`${t}.${e}`:t||e;if(n.has(a))continue;n.add(a);let o=ar(i),s=ir(i);r.push({field:a,key:wn(o)?o:`validation.type`,...Object.keys(s).length>0?{params:s}:{}})}return r}function Z(e,t,n){let r=/* @__PURE__ */ tr(e,t);return r.success?[]:Yr(r.issues,n)}function Xr(e,t){let n=Z(Gr,e,`product`);return n.length>0||t===null||e===null?n:t.includes(e.trim())?[]:[{field:`product`,key:`validation.product_unknown`}]}function Zr(e){return Z(Wr,e,`quantity`)}function Qr(e,t){let{organisation:n,organisationStatus:r}=e;switch(r){case`found`:return n===null||n.siret!==t?`validation.siret_unverified`:n.active?null:`validation.siret_closed`;case`pending`:return`validation.siret_pending`;case`unknown`:return`validation.siret_unknown`;case`closed`:return`validation.siret_closed`;case`error`:return`validation.siret_lookup_failed`;case`idle`:return`validation.siret_unverified`}}function $r(e){let t=Z(Lr,e.customer,`customer`);if(!t.some(e=>e.field===`customer.siret`)){let n=/* @__PURE__ */ tr(Nr,e.customer.siret),r=n.success?Qr(e,n.output):null;r!==null&&t.push({field:`customer.siret`,key:r})}return e.billingDifferent&&t.push(...Z(zr,e.billing,`billing`)),t}function ei(e){let t=Z(Br,e.options,`options`);return e.organisation?.firstCertificate===!0&&e.options.usbReader!==!0&&!t.some(e=>e.field===`options.usbReader`)&&t.push({field:`options.usbReader`,key:`validation.usb_reader_required`}),t}function ti(e){let t=Z(Hr,Mn(e.payment),`payment`);return e.payment.method===`mandate`&&e.organisation?.publicAdministration!==!0&&t.unshift({field:`payment.method`,key:`validation.mandate_public_only`}),t}function ni(e){return e.cgvAccepted===!0&&/* @__PURE__ */ qn(Kr,e.cgvVersion)?[]:[{field:`cgvAccepted`,key:`validation.cgv_required`}]}function ri(e,t){switch(e){case`products`:return Xr(t.product,t.productCodes);case`quantity`:return Zr(t.quantity);case`identification`:return $r(t);case`options`:return ei(t);case`payment`:return ti(t);case`review`:return ni(t)}}function ii(e){return qr.flatMap(t=>ri(t,e))}var ai=/* @__PURE__ */ new Map;function oi(e,t,n){let r=ai.get(e);return r||(r=new Intl.PluralRules(e),ai.set(e,r)),r.select(t)===`one`?`${n}.one`:n}var si=class{constructor(e,t,n={}){this.host=e,this.options=n,this.subscription=null,this.seen=null,this.events=[],this.actor=v(t,{...n.input===void 0?{}:{input:n.input},...n.snapshot===void 0?{}:{snapshot:n.snapshot},inspect:e=>{this.subscription!==null&&e.actorRef===this.actor&&e.type===`@xstate.event`&&this.events.push(e.event)}}),e.addController(this)}get snapshot(){return this.actor.getSnapshot()}send(e){this.actor.send(e)}hostConnected(){this.subscription??=this.actor.subscribe(()=>this.changed(this.events.shift()??null)),this.actor.start(),this.seen!==this.snapshot&&this.changed(null)}hostDisconnected(){this.subscription?.unsubscribe(),this.subscription=null,this.events=[]}changed(e){let t=this.snapshot;this.seen=t,this.options.onChange?.(t,e),this.host.requestUpdate()}},ci=t`
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

  /* Annuler / Réinitialiser: quieter than Suivant, and kept away from it. */
  .secondary button {
    border-style: dashed;
  }

  .question {
    align-items: center;
  }

  .question p {
    margin: 0;
    font-weight: 600;
  }

  .danger {
    background: var(--_danger, #b42318);
    color: #fff;
    border: 1px solid transparent;
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

    /* On a phone the destructive buttons sit well below the main one. */
    .bar {
      gap: 2rem;
    }

    .question {
      flex-direction: column;
      align-items: stretch;
      gap: 0.75rem;
    }
  }
`,Q=class extends i{constructor(...e){super(...e),this.locale=`fr`,this.actions=[],this.busy=!1,this.confirm=[],this.asking=null}static{this.styles=[r,ci]}render(){let{locale:t}=this;if(this.asking)return this.renderQuestion(this.asking);let n=e=>this.actions.includes(e),r=(t,r,i=``)=>n(t)?e`<button
            type="button"
            class=${i}
            data-action=${t}
            ?disabled=${this.busy}
            @click=${()=>this.ask(t)}
          >
            ${r}
          </button>`:d;return e`<div class="bar" role="group" aria-label=${l(t,`buttons.label`)}>
      <div class="secondary">
        ${r(`cancel`,l(t,`button.cancel`))} ${r(`reset`,l(t,`button.reset`))}
      </div>
      <div class="primary-group">
        ${r(`back`,l(t,`button.back`))}
        ${n(`next`)?e`<button type="button" class="primary" part="next-button" @click=${()=>this.act(`next`)}>
                ${l(t,`button.next`)}
              </button>`:d}
        ${n(`order`)?e`<button
                type="button"
                class="primary"
                part="order-button"
                ?disabled=${this.busy}
                aria-busy=${this.busy?`true`:`false`}
                @click=${()=>this.act(`order`)}
              >
                ${l(t,this.busy?`button.ordering`:`button.order`)}
              </button>`:d}
      </div>
    </div>`}renderQuestion(t){let{locale:n}=this;return e`<div
      class="bar question"
      role="group"
      aria-labelledby="q"
      @keydown=${e=>{e.key===`Escape`&&this.answer(!1)}}
    >
      <p id="q">${l(n,t===`reset`?`confirm.resetQuestion`:`confirm.cancelQuestion`)}</p>
      <div class="answers">
        <button type="button" class="keep" @click=${()=>this.answer(!1)}>
          ${l(n,`confirm.keep`)}
        </button>
        <button type="button" class="danger" @click=${()=>this.answer(!0)}>
          ${l(n,t===`reset`?`confirm.resetYes`:`confirm.cancelYes`)}
        </button>
      </div>
    </div>`}ask(e){(e===`cancel`||e===`reset`)&&this.confirm.includes(e)?(this.asking=e,this.updateComplete.then(()=>this.renderRoot.querySelector(`button.keep`)?.focus())):this.act(e)}answer(e){let t=this.asking;this.asking=null,t&&(e?this.act(t):this.updateComplete.then(()=>this.renderRoot.querySelector(`button[data-action="${t}"]`)?.focus()))}act(e){this.dispatchEvent(new CustomEvent(`certinomis-action`,{detail:{action:e},bubbles:!0,composed:!0}))}};o([u()],Q.prototype,`locale`,void 0),o([u({attribute:!1})],Q.prototype,`actions`,void 0),o([u({type:Boolean})],Q.prototype,`busy`,void 0),o([u({attribute:!1})],Q.prototype,`confirm`,void 0),o([n()],Q.prototype,`asking`,void 0),Q=o([f(`certinomis-button-bar`)],Q);var li=t`
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
`,ui=t`
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
`,$=class extends i{constructor(...e){super(...e),this.name=``,this.label=``,this.type=`text`,this.value=``,this.required=!1,this.disabled=!1,this.help=``,this.error=null,this.autocomplete=``,this.inputmode=``,this.min=null,this.max=null,this.options=[]}static{this.styles=[r,ui]}static{this.shadowRootOptions={...i.shadowRootOptions,delegatesFocus:!0}}render(){let t=[this.help?`h`:``,this.error?`e`:``].join(` `).trim()||d,n=this.error?`true`:`false`,r=this.type===`select`?e`<select
            id="c"
            part="control"
            ?disabled=${this.disabled}
            aria-required=${this.required?`true`:`false`}
            aria-describedby=${t}
            aria-invalid=${n}
            autocomplete=${this.autocomplete||d}
            .value=${this.value}
            @input=${this.onInput}
            @change=${this.onChange}
          >
            ${this.options.map(t=>e`<option value=${t.value} ?selected=${t.value===this.value}>
                  ${t.label}
                </option>`)}
          </select>`:e`<input
            id="c"
            part="control"
            type=${this.type}
            .value=${this.value}
            ?disabled=${this.disabled}
            aria-required=${this.required?`true`:`false`}
            aria-describedby=${t}
            aria-invalid=${n}
            autocomplete=${this.autocomplete||d}
            inputmode=${this.inputmode||d}
            min=${this.min??d}
            max=${this.max??d}
            @input=${this.onInput}
            @change=${this.onChange}
          />`;return e`
      <label for="c" part="label"
        >${this.label}${this.required?e`<span class="req" aria-hidden="true"> *</span>`:d}</label
      >
      ${r}
      ${this.help?e`<p id="h" class="help" part="help">${this.help}</p>`:d}
      <p id="e" class="error" part="error" ?hidden=${!this.error}>${this.error}</p>
    `}onInput(e){this.value=e.target.value}onChange(){this.dispatchEvent(new Event(`change`,{bubbles:!0}))}};o([u({reflect:!0})],$.prototype,`name`,void 0),o([u()],$.prototype,`label`,void 0),o([u()],$.prototype,`type`,void 0),o([u()],$.prototype,`value`,void 0),o([u({type:Boolean})],$.prototype,`required`,void 0),o([u({type:Boolean})],$.prototype,`disabled`,void 0),o([u()],$.prototype,`help`,void 0),o([u({reflect:!0})],$.prototype,`error`,void 0),o([u()],$.prototype,`autocomplete`,void 0),o([u()],$.prototype,`inputmode`,void 0),o([u({type:Number})],$.prototype,`min`,void 0),o([u({type:Number})],$.prototype,`max`,void 0),o([u({attribute:!1})],$.prototype,`options`,void 0),$=o([f(`certinomis-field`)],$);function di(t){return e`<certinomis-field
    part="field"
    class=${t.wide?`wide`:``}
    name=${t.name}
    label=${t.label}
    type=${t.type??`text`}
    .value=${t.value}
    ?required=${t.required??!0}
    help=${t.help??``}
    error=${t.error??d}
    autocomplete=${t.autocomplete??``}
    inputmode=${t.inputmode??``}
    .options=${t.options??[]}
    @input=${e=>t.onInput(e.target.value)}
    @change=${()=>t.onChange?.()}
  ></certinomis-field>`}var fi=t`
  ${c}

  h3 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }

  h4,
  .payee-heading {
    margin: 0;
    font-weight: 700;
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
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
  }

  dt {
    font-weight: 600;
  }

  /* A word (a name, an e-mail address, a SIRET) breaks only when it cannot fit on a line alone
     (anywhere, not break-word: the value's column must be able to shrink below its longest word). */
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .fact {
    display: block;
  }

  /* A phone: labels above their values, so each value has the whole width. */
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.1rem;
    }

    .facts dd + dt {
      margin-top: 0.5rem;
    }
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
`;export{En as $,rr as A,G as B,wr as C,mr as D,hr as E,I as F,z as G,Zn as H,Vn as I,B as J,tr as K,L,H as M,Bn as N,pr as O,U as P,Dn as Q,Xn as R,Y as S,xr as T,q as U,R as V,Qn as W,$n as X,V as Y,er as Z,jr as _,si as a,bn as at,Or as b,ii as c,Zt as ct,Zr as d,An as et,ri as f,kr as g,Ur as h,li as i,Tn as it,F as j,J as k,Jr as l,Ge as lt,X as m,di as n,jn as nt,oi as o,Sn as ot,Yr as p,K as q,ui as r,Mn as rt,qr as s,en as st,fi as t,On as tt,Xr as u,Mr as v,vr as w,Dr as x,Nr as y,W as z};
//# sourceMappingURL=step.styles-ZEbnk9W2.js.map