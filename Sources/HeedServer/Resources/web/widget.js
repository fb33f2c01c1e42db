/*
 * Heed chat widget.
 *
 * Embed with one tag:
 *   <script src="https://HOST/widget.js" data-workspace="PUBLIC_KEY"
 *           data-language="en" data-position="right"></script>
 *
 * Talks to the Heed server the script was loaded from: a session over HTTP, then the
 * widget WebSocket for messages, streamed AI replies and hand-off state. Unsent messages
 * wait in localStorage and are sent again (same client_message_id) after a reconnect or reload.
 * Test hooks are `data-testid` attributes (heed-launcher, heed-panel, heed-close, heed-disclosure, heed-human,
 * heed-handoff-status, heed-connection-status, heed-message with data-author/data-message-id, heed-typing,
 * heed-citation, heed-rate-up/-down, heed-input, heed-send, heed-csat, heed-csat-rating with data-rating,
 * heed-csat-comment, heed-csat-submit, heed-csat-thanks, heed-campaign-message, heed-campaign-opt-out) and
 * `window.HeedWidget` {open, close, state}. Campaign messages waiting for the customer are shown once a visit.
 *
 * The page's JavaScript API, `window.Heed`:
 *   Heed.identify({external_id, email, name, expires_at, signature})
 *       The signed-in customer, signed by the company's backend (HMAC-SHA256 under the workspace's identity
 *       secret, as for POST /api/v1/widget/sessions). Call it on every page once the customer is signed in: the
 *       widget then opens its sessions for that customer instead of an anonymous visitor. Heed.identify(null) on
 *       sign-out forgets them. Returns a Promise of the session.
 *   Heed.track(name, properties)
 *       A behaviour event of the current customer or visitor: "page_viewed" ({url}), "product_viewed"
 *       ({product_id} or {product_name}), "cart_abandoned", "login", or a snake_case name of your own; properties
 *       are snake_case keys with text, number, true/false or null values. Returns a Promise of the stored event,
 *       rejected with the server's message when the event is refused.
 * Calls made before the script loaded can wait in `window.Heed = window.Heed || {q: []}` as
 * `Heed.q.push(["track", name, properties])`; they run in order once it has.
 */
(function () {
  "use strict";

  if (window.HeedWidget) return;

  var script = document.currentScript || (function () {
    var found = document.querySelectorAll("script[data-workspace]");
    return found[found.length - 1];
  })();
  if (!script || !script.getAttribute("data-workspace")) return;

  var WORKSPACE = script.getAttribute("data-workspace");
  var ORIGIN = new URL(script.src, location.href).origin;
  var POSITION = (script.getAttribute("data-position") || "right").toLowerCase() === "left" ? "left" : "right";
  var KEY_PREFIX = "heed:" + WORKSPACE + ":";
  var MAX_LENGTH = 20000;
  var SUPPORTED = ["en", "vi", "ms", "lv"];

  // ---------------------------------------------------------------- strings

  var STRINGS = {
    en: {
      open: "Open chat", close: "Close chat", panel: "Customer support chat",
      title: "Support", messages: "Messages",
      disclosure: "You're chatting with an AI assistant. A person from our team is available whenever you ask.",
      human: "Talk to a human", humanPending: "Connecting you with a person…",
      humanRequest: "I'd like to talk to a person, please.",
      welcome: "Hi! How can we help you today?",
      placeholder: "Write a message…", inputLabel: "Your message", send: "Send",
      you: "You", ai: "AI assistant", agent: "Support agent", system: "Notice", aiBadge: "AI",
      typing: "AI assistant is typing…", sources: "Sources",
      helpful: "Helpful", notHelpful: "Not helpful", ratingThanks: "Thanks for the feedback",
      rateFailed: "Could not save your rating.",
      sending: "Sending…", waiting: "Waiting for connection…",
      connecting: "Connecting…", reconnecting: "Reconnecting…",
      colleagueFrom: "A colleague from {team}", colleague: "A colleague",
      willReply: "{who} will reply", eta: " — usually within {minutes}", backToday: " — we reply today from {time}", backTomorrow: " — we reply tomorrow from {time}", backOn: " — we reply on {day} from {time}", helping: "{who} is helping you.",
      csatQuestion: "How did we do?", csatHint: "1 = poor, 5 = excellent",
      csatRating: "{n} out of 5", csatComment: "Anything you'd like to add? (optional)",
      csatSubmit: "Send rating", csatThanks: "Thank you for your feedback!",
      csatFailed: "Could not send your rating. Please try again.",
      resolved: "This conversation is marked as resolved. Write again any time.",
      error: "Something went wrong. Please try again.",
      campaignOptOut: "No more offers", campaignOptedOut: "You will get no more offers.",
      poweredBy: "Powered by Heed"
    },
    vi: {
      open: "Mở khung trò chuyện", close: "Đóng khung trò chuyện", panel: "Trò chuyện với bộ phận hỗ trợ",
      title: "Hỗ trợ", messages: "Tin nhắn",
      disclosure: "Bạn đang trò chuyện với trợ lý AI. Nhân viên của chúng tôi luôn sẵn sàng hỗ trợ khi bạn yêu cầu.",
      human: "Gặp nhân viên", humanPending: "Đang kết nối bạn với nhân viên…",
      humanRequest: "Tôi muốn gặp nhân viên hỗ trợ.",
      welcome: "Xin chào! Chúng tôi có thể giúp gì cho bạn?",
      placeholder: "Nhập tin nhắn…", inputLabel: "Tin nhắn của bạn", send: "Gửi",
      you: "Bạn", ai: "Trợ lý AI", agent: "Nhân viên hỗ trợ", system: "Thông báo", aiBadge: "AI",
      typing: "Trợ lý AI đang soạn câu trả lời…", sources: "Nguồn",
      helpful: "Hữu ích", notHelpful: "Không hữu ích", ratingThanks: "Cảm ơn phản hồi của bạn",
      rateFailed: "Không lưu được đánh giá của bạn.",
      sending: "Đang gửi…", waiting: "Đang chờ kết nối…",
      connecting: "Đang kết nối…", reconnecting: "Đang kết nối lại…",
      colleagueFrom: "Một nhân viên bộ phận {team}", colleague: "Một nhân viên",
      willReply: "{who} sẽ trả lời bạn", eta: " — thường trong vòng {minutes}", backToday: " — chúng tôi trả lời từ {time} hôm nay", backTomorrow: " — chúng tôi trả lời từ {time} ngày mai", backOn: " — chúng tôi trả lời từ {time} {day}", helping: "{who} đang hỗ trợ bạn.",
      csatQuestion: "Bạn đánh giá cuộc hỗ trợ này thế nào?", csatHint: "1 = kém, 5 = rất tốt",
      csatRating: "{n} trên 5", csatComment: "Bạn muốn góp ý thêm? (không bắt buộc)",
      csatSubmit: "Gửi đánh giá", csatThanks: "Cảm ơn bạn đã góp ý!",
      csatFailed: "Chưa gửi được đánh giá. Vui lòng thử lại.",
      resolved: "Cuộc trò chuyện đã được giải quyết. Bạn có thể nhắn lại bất cứ lúc nào.",
      error: "Đã có lỗi xảy ra. Vui lòng thử lại.",
      campaignOptOut: "Không nhận ưu đãi nữa", campaignOptedOut: "Bạn sẽ không nhận ưu đãi nữa.",
      poweredBy: "Vận hành bởi Heed"
    },
    ms: {
      open: "Buka sembang", close: "Tutup sembang", panel: "Sembang sokongan pelanggan",
      title: "Sokongan", messages: "Mesej",
      disclosure: "Anda sedang berbual dengan pembantu AI. Kakitangan kami sedia membantu bila-bila masa anda minta.",
      human: "Bercakap dengan manusia", humanPending: "Menghubungkan anda dengan kakitangan…",
      humanRequest: "Saya ingin bercakap dengan kakitangan.",
      welcome: "Hai! Apa yang boleh kami bantu hari ini?",
      placeholder: "Tulis mesej…", inputLabel: "Mesej anda", send: "Hantar",
      you: "Anda", ai: "Pembantu AI", agent: "Ejen sokongan", system: "Makluman", aiBadge: "AI",
      typing: "Pembantu AI sedang menaip…", sources: "Sumber",
      helpful: "Membantu", notHelpful: "Tidak membantu", ratingThanks: "Terima kasih atas maklum balas",
      rateFailed: "Penilaian tidak dapat disimpan.",
      sending: "Menghantar…", waiting: "Menunggu sambungan…",
      connecting: "Menyambung…", reconnecting: "Menyambung semula…",
      colleagueFrom: "Rakan sekerja daripada pasukan {team}", colleague: "Rakan sekerja kami",
      willReply: "{who} akan membalas", eta: " — biasanya dalam masa {minutes}", backToday: " — kami membalas hari ini dari {time}", backTomorrow: " — kami membalas esok dari {time}", backOn: " — kami membalas pada hari {day} dari {time}", helping: "{who} sedang membantu anda.",
      csatQuestion: "Bagaimana perkhidmatan kami?", csatHint: "1 = lemah, 5 = cemerlang",
      csatRating: "{n} daripada 5", csatComment: "Ada apa-apa lagi? (pilihan)",
      csatSubmit: "Hantar penilaian", csatThanks: "Terima kasih atas maklum balas anda!",
      csatFailed: "Penilaian tidak dapat dihantar. Sila cuba lagi.",
      resolved: "Perbualan ini telah diselesaikan. Tulis lagi bila-bila masa.",
      error: "Ada masalah. Sila cuba lagi.",
      campaignOptOut: "Tiada tawaran lagi", campaignOptedOut: "Anda tidak akan menerima tawaran lagi.",
      poweredBy: "Dikuasakan oleh Heed"
    },
    lv: {
      open: "Atvērt tērzēšanu", close: "Aizvērt tērzēšanu", panel: "Klientu atbalsta tērzēšana",
      title: "Atbalsts", messages: "Ziņas",
      disclosure: "Jūs sarakstāties ar AI asistentu. Mūsu komandas darbinieks ir pieejams, tiklīdz to lūgsiet.",
      human: "Runāt ar cilvēku", humanPending: "Savienojam jūs ar darbinieku…",
      humanRequest: "Es vēlos runāt ar darbinieku.",
      welcome: "Sveiki! Kā varam palīdzēt?",
      placeholder: "Rakstiet ziņu…", inputLabel: "Jūsu ziņa", send: "Sūtīt",
      you: "Jūs", ai: "AI asistents", agent: "Atbalsta speciālists", system: "Paziņojums", aiBadge: "AI",
      typing: "AI asistents raksta…", sources: "Avoti",
      helpful: "Noderīgi", notHelpful: "Nav noderīgi", ratingThanks: "Paldies par atsauksmi",
      rateFailed: "Neizdevās saglabāt vērtējumu.",
      sending: "Sūta…", waiting: "Gaida savienojumu…",
      connecting: "Savienojas…", reconnecting: "Atjauno savienojumu…",
      colleagueFrom: "Kolēģis no komandas {team}", colleague: "Mūsu kolēģis",
      willReply: "{who} jums atbildēs", eta: " — parasti {minutes} laikā", backToday: " — atbildēsim šodien no {time}", backTomorrow: " — atbildēsim rīt no {time}", backOn: " — atbildēsim {day} no {time}", helping: "{who} jums palīdz.",
      csatQuestion: "Kā mums veicās?", csatHint: "1 = slikti, 5 = lieliski",
      csatRating: "{n} no 5", csatComment: "Vēlaties ko piebilst? (nav obligāti)",
      csatSubmit: "Nosūtīt vērtējumu", csatThanks: "Paldies par atsauksmi!",
      csatFailed: "Neizdevās nosūtīt vērtējumu. Lūdzu, mēģiniet vēlreiz.",
      resolved: "Šī saruna ir atrisināta. Rakstiet jebkurā laikā.",
      error: "Radās kļūda. Lūdzu, mēģiniet vēlreiz.",
      campaignOptOut: "Vairs nesūtīt piedāvājumus", campaignOptedOut: "Jūs vairs nesaņemsiet piedāvājumus.",
      poweredBy: "Darbina Heed"
    }
  };

  // Waits of 90 minutes or more read better in hours ("4 hours", not "240 minutes").
  function minutesText(lang, n) {
    if (n >= 90) return hoursText(lang, Math.round(n / 60));
    switch (lang) {
      case "vi": return n + " phút";
      case "ms": return n + " minit";
      case "lv": return n + (n % 10 === 1 && n % 100 !== 11 ? " minūtes" : " minūšu");
      default: return n === 1 ? "1 minute" : n + " minutes";
    }
  }

  function hoursText(lang, n) {
    switch (lang) {
      case "vi": return n + " giờ";
      case "ms": return n + " jam";
      case "lv": return n + (n % 10 === 1 && n % 100 !== 11 ? " stundas" : " stundu");
      default: return n === 1 ? "1 hour" : n + " hours";
    }
  }

  function normaliseLanguage(value) {
    var code = String(value || "").toLowerCase().slice(0, 2);
    return SUPPORTED.indexOf(code) >= 0 ? code : null;
  }

  function t(key, vars) {
    var text = (STRINGS[state.lang] && STRINGS[state.lang][key]) || STRINGS.en[key] || key;
    if (vars) {
      text = text.replace(/\{(\w+)\}/g, function (all, name) { return name in vars ? String(vars[name]) : all; });
    }
    return text;
  }

  // ---------------------------------------------------------------- storage

  var memoryStore = {};

  function load(key, fallback) {
    try {
      var raw = window.localStorage.getItem(KEY_PREFIX + key);
      return raw == null ? fallback : JSON.parse(raw);
    } catch (e) {
      return key in memoryStore ? memoryStore[key] : fallback;
    }
  }

  function save(key, value) {
    memoryStore[key] = value;
    try {
      if (value == null) window.localStorage.removeItem(KEY_PREFIX + key);
      else window.localStorage.setItem(KEY_PREFIX + key, JSON.stringify(value));
    } catch (e) { /* storage unavailable: memory only */ }
  }

  function randomId() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    var hex = "";
    for (var i = 0; i < bytes.length; i++) hex += (bytes[i] + 256).toString(16).slice(1);
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function visitorId() {
    var id = load("visitor", null);
    if (!id || !/^[A-Za-z0-9_-]{16,128}$/.test(id)) {
      id = randomId();
      save("visitor", id);
    }
    return id;
  }

  // ---------------------------------------------------------------- state

  var state = {
    open: false,
    started: false,
    lang: normaliseLanguage(script.getAttribute("data-language")) || normaliseLanguage(navigator.language) || "en",
    session: load("session", null),
    identity: load("identity", null),
    conversationId: null,
    conversation: null,
    maxSequence: 0,
    messages: {},
    outbox: load("outbox", []),
    ratings: load("ratings", {}),
    csat: load("csat", {}),
    connection: "idle",
    handoffRequested: false,
    handoffAfterClientId: null,
    unread: 0
  };

  // ---------------------------------------------------------------- styles

  var CSS = [
    ".heed-root{--heed-accent:#2f4fd8;--heed-accent-dark:#2540b5;--heed-ink:#1b2233;--heed-muted:#596275;--heed-line:#e1e5ee;--heed-soft:#f2f4f9;--heed-navy:#17213d;",
    "position:fixed;z-index:2147483000;bottom:20px;" + POSITION + ":20px;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:var(--heed-ink);text-align:left;letter-spacing:normal}",
    ".heed-root *,.heed-root *::before,.heed-root *::after{box-sizing:border-box;font-family:inherit}",
    ".heed-root button,.heed-root textarea{font:inherit;color:inherit;margin:0;text-transform:none;letter-spacing:normal}",
    ".heed-root li{margin:0}",
    ".heed-root [hidden]{display:none!important}",
    ".heed-root :focus{outline:none}",
    ".heed-root :focus-visible{outline:3px solid #ffbf47;outline-offset:2px}",
    ".heed-sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    ".heed-launcher{position:relative;width:60px;height:60px;border-radius:50%;border:0;background:var(--heed-accent);color:#fff;cursor:pointer;box-shadow:0 6px 20px rgba(23,33,61,.28);display:flex;align-items:center;justify-content:center;transition:transform .15s ease,background .15s ease;margin-" + POSITION + ":auto}",
    ".heed-launcher:hover{background:var(--heed-accent-dark);transform:translateY(-1px)}",
    ".heed-launcher svg{width:28px;height:28px}",
    ".heed-unread{position:absolute;top:-2px;right:-2px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#d93a3a;color:#fff;font-size:12px;font-weight:700;line-height:22px;text-align:center;border:2px solid #fff}",
    ".heed-panel{position:absolute;bottom:76px;" + POSITION + ":0;width:384px;height:min(640px,calc(100vh - 120px));display:flex;flex-direction:column;background:#fff;border-radius:16px;box-shadow:0 18px 50px rgba(23,33,61,.25),0 2px 6px rgba(23,33,61,.08);overflow:hidden;animation:heed-in .18s ease-out}",
    "@keyframes heed-in{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}",
    "@media (prefers-reduced-motion:reduce){.heed-panel{animation:none}.heed-launcher{transition:none}.heed-dots span{animation:none!important}}",
    ".heed-header{background:var(--heed-navy);color:#fff;padding:14px 14px 12px 18px}",
    ".heed-header-top{display:flex;align-items:center;gap:10px}",
    ".heed-avatar{flex:none;width:34px;height:34px;border-radius:50%;background:rgba(255,255,255,.14);display:flex;align-items:center;justify-content:center}",
    ".heed-avatar svg{width:20px;height:20px}",
    ".heed-title{flex:1;min-width:0;margin:0;padding:0;color:#fff;font-size:16px;font-weight:650;line-height:1.25;letter-spacing:normal;text-transform:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}",
    ".heed-close{flex:none;width:36px;height:36px;border:0;border-radius:8px;background:transparent;color:#fff;cursor:pointer;display:flex;align-items:center;justify-content:center}",
    ".heed-close:hover{background:rgba(255,255,255,.12)}",
    ".heed-close svg{width:20px;height:20px}",
    ".heed-disclosure{margin:8px 0 0;font-size:13px;line-height:1.4;color:#d3daee}",
    ".heed-human{margin-top:10px;border:1px solid rgba(255,255,255,.5);background:transparent;color:#fff;border-radius:999px;padding:6px 14px;font-size:13.5px;font-weight:600;cursor:pointer;display:inline-flex;align-items:center;gap:6px}",
    ".heed-human:hover{background:rgba(255,255,255,.12)}",
    ".heed-human[disabled]{opacity:.75;cursor:default}",
    ".heed-human svg{width:16px;height:16px}",
    ".heed-handoff{display:flex;gap:8px;align-items:flex-start;margin:0;padding:10px 16px;background:#eef6ee;color:#1d4d26;font-size:13.5px;border-bottom:1px solid #d4e7d6}",
    ".heed-handoff svg{flex:none;width:18px;height:18px;margin-top:1px}",
    ".heed-connection{margin:0;padding:6px 16px;background:#fff6e0;color:#6b4a00;font-size:13px;border-bottom:1px solid #f1e2b8}",
    ".heed-scroll{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:16px 14px 8px;background:#fbfcfe}",
    ".heed-welcome{margin:0 0 14px;padding:12px 14px;background:#fff;border:1px solid var(--heed-line);border-radius:12px;color:var(--heed-ink)}",
    ".heed-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:12px}",
    ".heed-msg{display:flex;flex-direction:column;max-width:86%;align-self:flex-start}",
    ".heed-msg[data-author=customer]{align-self:flex-end;align-items:flex-end}",
    ".heed-msg[data-author=system]{align-self:center;max-width:92%;text-align:center}",
    ".heed-meta{display:flex;align-items:center;gap:6px;font-size:12px;color:var(--heed-muted);margin:0 4px 3px}",
    ".heed-badge{display:inline-block;padding:0 6px;border-radius:4px;background:#e4e9fb;color:#22379b;font-size:11px;font-weight:700;letter-spacing:.03em;line-height:17px}",
    ".heed-bubble{padding:9px 13px;border-radius:14px;background:var(--heed-soft);word-wrap:break-word;overflow-wrap:anywhere}",
    ".heed-msg[data-author=customer] .heed-bubble{background:var(--heed-accent);color:#fff;border-bottom-right-radius:4px;white-space:pre-wrap}",
    ".heed-msg[data-author=ai] .heed-bubble{border-bottom-left-radius:4px}",
    ".heed-msg[data-author=agent] .heed-bubble{background:#fff;border:1px solid #cfd7ee;border-left:3px solid #2e8b57;border-bottom-left-radius:4px;white-space:pre-wrap}",
    ".heed-msg[data-author=system] .heed-bubble{background:transparent;color:var(--heed-muted);font-size:13px;padding:2px 8px;white-space:pre-wrap}",
    ".heed-msg[data-pending] .heed-bubble{opacity:.7}",
    ".heed-bubble p{margin:0}.heed-bubble p+p,.heed-bubble p+ul,.heed-bubble ul+p,.heed-bubble p+ol,.heed-bubble ol+p{margin-top:8px}",
    ".heed-bubble a{color:#2540b5;text-decoration:underline;text-underline-offset:2px}",
    ".heed-bubble ul,.heed-bubble ol{margin:4px 0 0;padding-left:20px}",
    ".heed-bubble li+li{margin-top:2px}",
    ".heed-sources{margin:8px 0 0;padding-top:8px;border-top:1px solid var(--heed-line);font-size:13px}",
    ".heed-sources-title{margin:0 0 3px;font-weight:600;color:var(--heed-muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}",
    ".heed-sources ul{list-style:none;margin:0;padding:0}",
    ".heed-sources li{margin:2px 0}",
    ".heed-sources a{color:#2540b5;text-decoration:underline;text-underline-offset:2px}",
    ".heed-sources a:hover{color:#17297a}",
    ".heed-chip{margin:4px 2px 0;padding:2px 8px;border:1px solid var(--heed-line);border-radius:999px;background:#fff;color:#6a7387;font:inherit;font-size:12px;cursor:pointer}",
    ".heed-rate{display:flex;align-items:center;gap:4px;margin:4px 2px 0}",
    ".heed-rate button{width:32px;height:30px;padding:0;border:1px solid var(--heed-line);border-radius:8px;background:#fff;color:#6a7387;cursor:pointer;display:flex;align-items:center;justify-content:center}",
    ".heed-rate button svg{width:16px;height:16px}",
    ".heed-rate button:hover{color:var(--heed-ink);border-color:#c3cadb}",
    ".heed-rate button[aria-pressed=true]{color:var(--heed-accent-dark);border-color:var(--heed-accent);background:#e8edfc;box-shadow:inset 0 0 0 1px var(--heed-accent)}",
    ".heed-rate button[aria-pressed=true] svg path{fill:#c9d3fa}",
    ".heed-rate-note{font-size:12px;color:var(--heed-muted);margin-left:4px}",
    ".heed-status-note{font-size:12px;color:var(--heed-muted);margin:3px 4px 0}",
    ".heed-dots{display:inline-flex;gap:4px;padding:4px 0}",
    ".heed-dots span{width:7px;height:7px;border-radius:50%;background:#8a93a8;animation:heed-blink 1.2s infinite ease-in-out}",
    ".heed-dots span:nth-child(2){animation-delay:.15s}.heed-dots span:nth-child(3){animation-delay:.3s}",
    "@keyframes heed-blink{0%,80%,100%{opacity:.3}40%{opacity:1}}",
    ".heed-csat{margin:16px 0 6px;padding:14px;border:1px solid var(--heed-line);border-radius:12px;background:#fff}",
    ".heed-csat-note{margin:0 0 10px;font-size:13px;color:var(--heed-muted)}",
    ".heed-csat fieldset{border:0;margin:0;padding:0;min-width:0}",
    ".heed-csat legend{padding:0;font-weight:650;margin-bottom:2px}",
    ".heed-csat-hint{margin:0 0 8px;font-size:12.5px;color:var(--heed-muted)}",
    ".heed-csat-scale{display:flex;gap:6px}",
    ".heed-csat-scale button{flex:1;height:40px;border:1px solid #cdd3e0;border-radius:8px;background:#fff;font-weight:650;cursor:pointer}",
    ".heed-csat-scale button:hover{border-color:var(--heed-accent)}",
    ".heed-csat-scale button[aria-pressed=true]{background:var(--heed-accent);border-color:var(--heed-accent);color:#fff}",
    ".heed-csat textarea{display:block;width:100%;margin-top:10px;min-height:60px;padding:8px 10px;border:1px solid #cdd3e0;border-radius:8px;resize:vertical;font-size:14px}",
    ".heed-csat textarea:focus-visible{outline:3px solid #ffbf47;outline-offset:0}",
    ".heed-primary{margin-top:10px;border:0;border-radius:8px;background:var(--heed-accent);color:#fff;font-weight:650;padding:9px 16px;cursor:pointer}",
    ".heed-primary:hover{background:var(--heed-accent-dark)}",
    ".heed-primary[disabled]{background:#aab4d4;cursor:default}",
    ".heed-error{margin:8px 0 0;color:#b3261e;font-size:13px}",
    ".heed-csat-thanks{margin:16px 0 6px;padding:12px 14px;border-radius:12px;background:#eef6ee;color:#1d4d26;font-weight:600;text-align:center}",
    ".heed-composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;border-top:1px solid var(--heed-line);background:#fff}",
    ".heed-input{flex:1;min-height:42px;max-height:140px;padding:10px 12px;border:1px solid #cdd3e0;border-radius:10px;resize:none;font-size:15px;line-height:1.35;background:#fff}",
    ".heed-input:focus-visible{outline:0;border-color:var(--heed-accent);box-shadow:0 0 0 3px rgba(47,79,216,.25)}",
    ".heed-send{flex:none;width:42px;height:42px;border:0;border-radius:10px;background:var(--heed-accent);color:#fff;cursor:pointer;display:flex;align-items:center;justify-content:center}",
    ".heed-send:hover{background:var(--heed-accent-dark)}",
    ".heed-send svg{width:20px;height:20px}",
    ".heed-footer{margin:0;padding:0 12px 8px;background:#fff;font-size:11px;color:#7a8294;text-align:center}",
    "@media (max-width:480px){",
    ".heed-root{bottom:16px;" + POSITION + ":16px}",
    ".heed-root[data-open=true]{inset:0}",
    ".heed-root[data-open=true] .heed-launcher{display:none}",
    ".heed-panel{position:fixed;inset:0;width:100%;height:100%;border-radius:0;bottom:auto}",
    ".heed-msg{max-width:92%}",
    ".heed-input{font-size:16px}",
    "}"
  ].join("\n");

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      for (var name in attrs) {
        if (!Object.prototype.hasOwnProperty.call(attrs, name) || attrs[name] == null || attrs[name] === false) continue;
        if (name === "text") node.textContent = attrs[name];
        else if (name === "className") node.className = attrs[name];
        else node.setAttribute(name, attrs[name] === true ? "" : attrs[name]);
      }
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  var SVG_NS = "http://www.w3.org/2000/svg";
  var ICONS = {
    chat: "M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.2 3.6c-.5.4-1.3.1-1.3-.6V16.0A2.5 2.5 0 0 1 4 13.5z",
    close: "M6 6l12 12M18 6L6 18",
    send: "M4 12l16-8-6 16-2.5-6.5z",
    person: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4.5 20a7.5 7.5 0 0 1 15 0",
    clock: "M12 7v5l3 2M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z",
    spark: "M12 3l1.8 5.2L19 10l-5.2 1.8L12 17l-1.8-5.2L5 10l5.2-1.8z",
    down: "M6 9l6 6 6-6",
    up: "M7 10v10M7 10l4-7c1.3 0 2.3 1.1 2 2.4L12.5 9H18a2 2 0 0 1 2 2.3l-1.2 7A2 2 0 0 1 16.8 20H7M3 10h4v10H3z",
    thumbDown: "M17 14V4M17 14l-4 7c-1.3 0-2.3-1.1-2-2.4l.5-3.6H6a2 2 0 0 1-2-2.3l1.2-7A2 2 0 0 1 7.2 4H17M21 14h-4V4h4z"
  };

  function icon(name, filled) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", ICONS[name]);
    path.setAttribute("fill", filled ? "currentColor" : "none");
    path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", filled ? "1" : "2");
    path.setAttribute("stroke-linecap", "round");
    path.setAttribute("stroke-linejoin", "round");
    svg.appendChild(path);
    return svg;
  }

  /** Elements whose text or attribute follows the UI language: [element, key, attribute|null]. */
  var translated = [];

  function tr(node, key, attribute) {
    translated.push([node, key, attribute || null]);
    if (attribute) node.setAttribute(attribute, t(key));
    else node.textContent = t(key);
    return node;
  }

  // ---------------------------------------------------------------- building the UI

  var ui = {};

  function build() {
    var style = el("style", { "data-heed": "widget" });
    style.textContent = CSS;
    document.head.appendChild(style);

    ui.root = el("div", { className: "heed-root", "data-open": "false", lang: state.lang });

    ui.unread = el("span", { className: "heed-unread", "aria-hidden": "true", hidden: true });
    ui.launcher = el("button", {
      type: "button", className: "heed-launcher", "data-testid": "heed-launcher",
      "aria-expanded": "false", "aria-controls": "heed-panel"
    }, [icon("chat", true), icon("down"), ui.unread]);
    renderLauncher();

    ui.title = el("h2", { className: "heed-title", id: "heed-title" });
    ui.close = el("button", { type: "button", className: "heed-close", "data-testid": "heed-close" }, [icon("close")]);
    tr(ui.close, "close", "aria-label");
    ui.disclosure = tr(el("p", { className: "heed-disclosure", "data-testid": "heed-disclosure", id: "heed-disclosure" }), "disclosure");
    ui.humanLabel = el("span");
    ui.human = el("button", { type: "button", className: "heed-human", "data-testid": "heed-human" }, [icon("person"), ui.humanLabel]);

    var header = el("div", { className: "heed-header" }, [
      el("div", { className: "heed-header-top" }, [el("span", { className: "heed-avatar" }, [icon("spark", true)]), ui.title, ui.close]),
      ui.disclosure,
      ui.human
    ]);

    ui.handoffText = el("span");
    ui.handoff = el("p", { className: "heed-handoff", "data-testid": "heed-handoff-status", role: "status", hidden: true },
      [icon("clock"), ui.handoffText]);
    ui.connection = el("p", { className: "heed-connection", "data-testid": "heed-connection-status", role: "status", "data-state": "idle", hidden: true });

    ui.welcome = tr(el("p", { className: "heed-welcome" }), "welcome");
    ui.list = el("ol", { className: "heed-list", "aria-live": "polite", "aria-relevant": "additions text" });
    tr(ui.list, "messages", "aria-label");
    ui.end = el("div", { className: "heed-end" });
    ui.scroll = el("div", { className: "heed-scroll" }, [ui.welcome, ui.list, ui.end]);

    ui.input = el("textarea", {
      className: "heed-input", "data-testid": "heed-input", rows: "1", maxlength: String(MAX_LENGTH), id: "heed-input"
    });
    tr(ui.input, "placeholder", "placeholder");
    tr(ui.input, "inputLabel", "aria-label");
    ui.send = el("button", { type: "button", className: "heed-send", "data-testid": "heed-send" }, [icon("send", true)]);
    tr(ui.send, "send", "aria-label");
    var composer = el("div", { className: "heed-composer" }, [ui.input, ui.send]);
    var footer = tr(el("p", { className: "heed-footer" }), "poweredBy");

    ui.panel = el("div", {
      className: "heed-panel", id: "heed-panel", role: "dialog", "aria-labelledby": "heed-title",
      "aria-describedby": "heed-disclosure", "data-testid": "heed-panel", hidden: true, tabindex: "-1"
    }, [header, ui.handoff, ui.connection, ui.scroll, composer, footer]);

    ui.root.appendChild(ui.panel);
    ui.root.appendChild(ui.launcher);
    document.body.appendChild(ui.root);

    ui.launcher.addEventListener("click", function () { if (state.open) close(); else open(); });
    ui.close.addEventListener("click", function () { close(); });
    ui.panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(); }
    });
    ui.human.addEventListener("click", requestHuman);
    ui.send.addEventListener("click", submitInput);
    ui.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        submitInput();
      }
    });
    ui.input.addEventListener("input", autosize);
    // Stay pinned to the newest message when bars above the list appear or the keyboard resizes the panel.
    ui.scroll.addEventListener("scroll", function () {
      atEnd = ui.scroll.scrollHeight - ui.scroll.scrollTop - ui.scroll.clientHeight < 48;
    });
    if (window.ResizeObserver) {
      new ResizeObserver(function () { if (atEnd) scrollToEnd(); }).observe(ui.scroll);
    }

    renderTitle();
    renderHuman();
  }

  function autosize() {
    ui.input.style.height = "auto";
    ui.input.style.height = Math.min(ui.input.scrollHeight + 2, 140) + "px";
  }

  function renderTitle() {
    var name = state.session && state.session.workspace_name;
    ui.title.textContent = name || t("title");
  }

  function setLanguage(lang) {
    lang = normaliseLanguage(lang);
    if (!lang || lang === state.lang) return;
    state.lang = lang;
    ui.root.setAttribute("lang", lang);
    translated = translated.filter(function (entry) { return entry[0].isConnected; });
    translated.forEach(function (entry) {
      if (entry[2]) entry[0].setAttribute(entry[2], t(entry[1]));
      else entry[0].textContent = t(entry[1]);
    });
    // Message labels and status lines are computed, not bound: redraw them.
    Array.prototype.forEach.call(ui.list.querySelectorAll(".heed-msg"), function (node) {
      var label = node.querySelector(".heed-author");
      if (label) label.textContent = authorLabel(node.getAttribute("data-author"));
      var time = node.querySelector("time");
      if (time) time.textContent = timeText(time.getAttribute("datetime"));
      var note = node.querySelector(".heed-status-note");
      if (note) note.textContent = state.connection === "connected" ? t("sending") : t("waiting");
    });
    renderTitle();
    renderLauncher();
    renderHuman();
    renderHandoff();
    renderConnection();
    renderCsat(true);
  }

  // ---------------------------------------------------------------- open / close

  function open() {
    if (state.open) return;
    state.open = true;
    state.unread = 0;
    renderUnread();
    ui.panel.hidden = false;
    ui.root.setAttribute("data-open", "true");
    ui.launcher.setAttribute("aria-expanded", "true");
    renderLauncher();
    start();
    scrollToEnd();
    ui.input.focus();
  }

  function close() {
    if (!state.open) return;
    state.open = false;
    ui.panel.hidden = true;
    ui.root.setAttribute("data-open", "false");
    ui.launcher.setAttribute("aria-expanded", "false");
    renderLauncher();
    ui.launcher.focus();
  }

  function renderLauncher() {
    ui.launcher.setAttribute("aria-label", t(state.open ? "close" : "open"));
    var icons = ui.launcher.querySelectorAll("svg");
    icons[0].style.display = state.open ? "none" : "";
    icons[1].style.display = state.open ? "" : "none";
  }

  function renderUnread() {
    ui.unread.hidden = state.unread === 0;
    ui.unread.textContent = state.unread > 9 ? "9+" : String(state.unread);
  }

  var atEnd = true;

  function scrollToEnd() {
    ui.scroll.scrollTop = ui.scroll.scrollHeight;
    atEnd = true;
  }

  // ---------------------------------------------------------------- HTTP

  var sessionRequest = null;

  function readJSON(response) {
    return response.text().then(function (text) {
      var data = null;
      try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
      if (!response.ok) {
        var error = new Error((data && data.error && data.error.message) || ("HTTP " + response.status));
        error.status = response.status;
        error.code = data && data.error && data.error.code;
        throw error;
      }
      return data;
    });
  }

  function sessionIsFresh(session) {
    return session && session.token && Date.parse(session.expires_at) - Date.now() > 60000;
  }

  function ensureSession() {
    if (sessionIsFresh(state.session)) return Promise.resolve(state.session);
    if (!sessionRequest) {
      sessionRequest = fetch(ORIGIN + "/api/v1/widget/sessions", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(sessionRequestBody())
      }).then(readJSON).then(function (data) {
        state.session = {
          token: data.token, expires_at: data.expires_at, customer_id: data.customer_id,
          workspace_name: data.workspace_name, identity: identityKey(state.identity)
        };
        save("session", state.session);
        renderTitle();
        sessionRequest = null;
        return state.session;
      }, function (error) {
        sessionRequest = null;
        throw error;
      });
    }
    return sessionRequest;
  }

  /** A signed customer when Heed.identify gave one, else this browser's anonymous visitor. */
  function sessionRequestBody() {
    var language = navigator.language || state.lang;
    if (state.identity) return { workspace_key: WORKSPACE, customer: state.identity, language: language };
    return { workspace_key: WORKSPACE, visitor_id: visitorId(), language: language };
  }

  function identityKey(identity) {
    return identity ? String(identity.external_id) : null;
  }

  function dropSession() {
    state.session = null;
    save("session", null);
  }

  /** An authenticated widget API call; a 401 gets a new session and one retry. */
  function api(method, path, body, retried) {
    return ensureSession().then(function (session) {
      return fetch(ORIGIN + path, {
        method: method,
        headers: { "Authorization": "Bearer " + session.token, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    }).then(function (response) {
      if (response.status === 401 && !retried) {
        dropSession();
        return api(method, path, body, true);
      }
      return readJSON(response);
    });
  }

  // ---------------------------------------------------------------- campaign messages (shown once, on a visit)

  var shownCampaigns = [];

  function loadCampaignMessages() {
    return api("GET", "/api/v1/widget/campaign-messages").then(function (page) {
      ((page && page.data) || []).forEach(function (message) {
        shownCampaigns.push(message.id);
        ui.list.appendChild(campaignNode(message));
        if (!state.open) { state.unread += 1; renderUnread(); }
      });
      scrollToEnd();
    }, function () { /* campaigns are a courtesy: the chat works without them */ });
  }

  function campaignNode(message) {
    var bubble = el("div", { className: "heed-bubble", text: message.text || "" });
    var node = el("li", {
      className: "heed-msg", "data-testid": "heed-campaign-message", "data-author": "ai", "data-campaign-message-id": message.id
    }, [bubble]);
    if (message.purpose === "marketing") {
      var optOut = tr(el("button", { type: "button", className: "heed-chip", "data-testid": "heed-campaign-opt-out" }), "campaignOptOut");
      optOut.addEventListener("click", function () {
        api("POST", "/api/v1/widget/campaign-messages/" + encodeURIComponent(message.id) + "/opt-out").then(function () {
          optOut.replaceWith(tr(el("p", { className: "heed-meta" }), "campaignOptedOut"));
        }, function () { showNotice(t("error")); });
      });
      node.appendChild(optOut);
    }
    return node;
  }

  /** The customer answered: the campaign messages shown on this visit count as replied to. */
  function markCampaignsReplied() {
    shownCampaigns.splice(0).forEach(function (id) {
      api("POST", "/api/v1/widget/campaign-messages/" + encodeURIComponent(id) + "/reply").then(null, function () {});
    });
  }

  function loadHistory() {
    return api("GET", "/api/v1/widget/conversation").then(function (thread) {
      if (thread && thread.conversation) updateConversation(thread.conversation);
      var lastCustomerLanguage = null;
      ((thread && thread.messages) || []).forEach(function (message) {
        receiveMessage(message, null, true);
        if (message.author === "customer" && normaliseLanguage(message.language)) lastCustomerLanguage = message.language;
      });
      if (lastCustomerLanguage) setLanguage(lastCustomerLanguage);
      scrollToEnd();
    });
  }

  // ---------------------------------------------------------------- the live channel

  var socket = null;
  var attempts = 0;
  var everConnected = false;
  var reconnectTimer = null;
  var pingTimer = null;
  var pongTimer = null;

  function start() {
    if (state.started) return;
    state.started = true;
    setConnection("connecting");
    renderOutbox();
    loadHistory().then(function () { loadCampaignMessages(); connect(); }, function () { scheduleReconnect(false); });
    window.addEventListener("online", function () {
      if (!socket) { attempts = 0; connect(); }
    });
  }

  function connect() {
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (socket) return;
    setConnection(everConnected ? "reconnecting" : "connecting");
    ensureSession().then(function (session) {
      if (socket) return;
      var ws = new WebSocket(ORIGIN.replace(/^http/, "ws") + "/api/v1/widget/ws?token=" + encodeURIComponent(session.token));
      var opened = false;
      socket = ws;
      ws.onopen = function () {
        opened = true;
        attempts = 0;
        everConnected = true;
        setConnection("connected");
        startPing(ws);
      };
      ws.onmessage = function (event) {
        var frame = null;
        try { frame = JSON.parse(event.data); } catch (e) { return; }
        if (frame && typeof frame === "object") handleFrame(frame);
      };
      ws.onclose = function () {
        if (socket !== ws) return;
        socket = null;
        stopPing();
        clearTyping();
        setConnection(everConnected ? "reconnecting" : "connecting");
        scheduleReconnect(opened);
      };
      ws.onerror = function () { /* a close event follows */ };
    }, function () { scheduleReconnect(false); });
  }

  function scheduleReconnect(wasOpen) {
    if (reconnectTimer) return;
    var delay = Math.min(10000, 500 * Math.pow(2, attempts));
    attempts += 1;
    reconnectTimer = setTimeout(function () {
      reconnectTimer = null;
      if (wasOpen) { connect(); return; }
      // The upgrade itself failed: the token may be stale, and a plain request renews it.
      loadHistory().then(connect, function () { scheduleReconnect(false); });
    }, delay);
  }

  function startPing(ws) {
    stopPing();
    pingTimer = setInterval(function () {
      if (ws.readyState !== 1) return;
      ws.send(JSON.stringify({ type: "ping" }));
      clearTimeout(pongTimer);
      // No pong in time: the connection is dead even if the browser has not noticed.
      pongTimer = setTimeout(function () { try { ws.close(); } catch (e) { /* ignore */ } }, 10000);
    }, 25000);
  }

  function stopPing() {
    clearInterval(pingTimer);
    clearTimeout(pongTimer);
  }

  function sendFrame(frame) {
    if (!socket || socket.readyState !== 1) return false;
    socket.send(JSON.stringify(frame));
    return true;
  }

  function handleFrame(frame) {
    switch (frame.type) {
      case "ready":
        if (frame.conversation_id && !state.conversationId) state.conversationId = frame.conversation_id;
        if (state.conversationId) {
          sendFrame({ type: "resume", conversation_id: state.conversationId, after_sequence: state.maxSequence });
        }
        flushOutbox();
        if (state.handoffRequested && state.conversationId && !state.handoffAfterClientId) sendFrame({ type: "handoff" });
        break;
      case "message":
        receiveMessage(frame.message, frame.reply, false);
        break;
      case "reply.delta":
        appendDelta(frame.text || "");
        break;
      case "conversation":
        if (frame.conversation) updateConversation(frame.conversation, frame.details);
        break;
      case "pong":
        clearTimeout(pongTimer);
        break;
      case "error":
        handleServerError(frame.error || {});
        break;
    }
  }

  function handleServerError(error) {
    if (error.code === "unauthorized" || error.code === "session_expired") {
      dropSession();
      if (socket) socket.close();
      return;
    }
    if (state.handoffRequested && error.code === "not_found") {
      state.handoffRequested = false;
      renderHuman();
    }
    clearTyping();
    showNotice(t("error"));
  }

  function setConnection(value) {
    state.connection = value;
    renderConnection();
    Array.prototype.forEach.call(ui.list.querySelectorAll(".heed-status-note"), function (note) {
      note.textContent = value === "connected" ? t("sending") : t("waiting");
    });
  }

  function renderConnection() {
    var show = state.connection === "connecting" || state.connection === "reconnecting";
    ui.connection.setAttribute("data-state", state.connection);
    ui.connection.hidden = !show;
    ui.connection.textContent = show ? t(state.connection) : "";
  }

  // ---------------------------------------------------------------- messages

  var nodesById = {};
  var pendingNodes = {};

  function authorLabel(author) {
    return t({ customer: "you", ai: "ai", agent: "agent", system: "system" }[author] || "system");
  }

  function timeText(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return "";
    try {
      return new Intl.DateTimeFormat(state.lang, { hour: "2-digit", minute: "2-digit" }).format(date);
    } catch (e) {
      return date.toTimeString().slice(0, 5);
    }
  }

  /** Appends a short, safe rendering of the AI's light Markdown: paragraphs, lists and **bold**. */
  function renderRichText(container, text) {
    var bullet = /^\s*[-*•]\s+/;
    var numbered = /^\s*\d+[.)]\s+/;
    container.textContent = "";
    String(text).replace(/\r\n/g, "\n").split(/\n{2,}/).forEach(function (block) {
      var current = null;
      var kind = null;
      block.split("\n").forEach(function (line) {
        if (line.trim() === "") return;
        var lineKind = bullet.test(line) ? "ul" : numbered.test(line) ? "ol" : "p";
        if (lineKind !== kind || !current) {
          current = el(lineKind);
          kind = lineKind;
          container.appendChild(current);
        } else if (kind === "p") {
          current.appendChild(el("br"));
        }
        if (kind === "p") {
          if (/^\s*#{1,6}\s+/.test(line)) current.appendChild(el("strong", { text: line.replace(/^\s*#{1,6}\s+/, "") }));
          else appendInline(current, line);
        } else {
          var item = el("li");
          appendInline(item, line.replace(kind === "ul" ? bullet : numbered, ""));
          current.appendChild(item);
        }
      });
    });
  }

  function appendInline(node, text) {
    text.split(/(\*\*[^*]+\*\*)/).forEach(function (part) {
      if (!part) return;
      if (/^\*\*[^*]+\*\*$/.test(part)) node.appendChild(el("strong", { text: part.slice(2, -2) }));
      else appendLinked(node, part);
    });
  }

  /** Text with bare http(s) addresses turned into links (built as elements, never parsed as HTML). */
  function appendLinked(node, text) {
    var pattern = /https?:\/\/[^\s<>"')]+[^\s<>"').,;:!?]/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text))) {
      if (match.index > last) node.appendChild(document.createTextNode(text.slice(last, match.index)));
      var url = safeURL(match[0]);
      node.appendChild(url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: match[0] }) : document.createTextNode(match[0]));
      last = match.index + match[0].length;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
  }

  function safeURL(url) {
    try {
      var parsed = new URL(url, location.href);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function citationsOf(message, reply) {
    var fromReply = reply && reply.citations;
    var fromMessage = message.annotations && message.annotations.citations;
    return (fromReply && fromReply.length ? fromReply : fromMessage) || [];
  }

  function messageNode(message, citations) {
    var author = message.author;
    var meta = el("div", { className: "heed-meta" }, [el("span", { className: "heed-author", text: authorLabel(author) })]);
    if (author === "ai") meta.appendChild(tr(el("span", { className: "heed-badge", title: "AI" }), "aiBadge"));
    if (message.created_at && author !== "system") meta.appendChild(el("time", { datetime: message.created_at, text: timeText(message.created_at) }));

    var bubble = el("div", { className: "heed-bubble" });
    if (author === "ai") renderRichText(bubble, message.body || "");
    else bubble.textContent = message.body || "";

    if (author === "ai" && citations.length) {
      var links = el("ul");
      var seen = {};
      citations.forEach(function (citation) {
        var key = citation.url || citation.title;
        if (!citation.title || seen[key]) return;
        seen[key] = true;
        var url = citation.url && safeURL(citation.url);
        var item = el("li");
        item.appendChild(url
          ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", "data-testid": "heed-citation", text: citation.title })
          : el("span", { "data-testid": "heed-citation", text: citation.title }));
        links.appendChild(item);
      });
      bubble.appendChild(el("div", { className: "heed-sources" }, [tr(el("p", { className: "heed-sources-title" }), "sources"), links]));
    }

    var node = el("li", {
      className: "heed-msg", "data-testid": "heed-message", "data-author": author,
      "data-message-id": message.id || "", "data-client-message-id": message.client_message_id || null,
      "data-sequence": message.sequence != null ? String(message.sequence) : null
    }, [author === "system" ? null : meta, bubble]);
    var decision = message.annotations && message.annotations.decision;
    if (author === "ai" && message.id && decision !== "handoff") node.appendChild(ratingNode(message.id));
    return node;
  }

  function ratingNode(messageId) {
    var up = el("button", { type: "button", "data-testid": "heed-rate-up", "aria-pressed": "false" }, [icon("up")]);
    var down = el("button", { type: "button", "data-testid": "heed-rate-down", "aria-pressed": "false" }, [icon("thumbDown")]);
    tr(up, "helpful", "aria-label"); tr(up, "helpful", "title");
    tr(down, "notHelpful", "aria-label"); tr(down, "notHelpful", "title");
    var note = el("span", { className: "heed-rate-note", "aria-live": "polite" });
    var group = el("div", { className: "heed-rate" }, [up, down, note]);

    function show(value, announce) {
      up.setAttribute("aria-pressed", value === true ? "true" : "false");
      down.setAttribute("aria-pressed", value === false ? "true" : "false");
      note.textContent = announce ? t("ratingThanks") : "";
    }
    function rate(helpful) {
      var before = state.ratings[messageId];
      if (before === helpful) return;
      show(helpful, true);
      state.ratings[messageId] = helpful;
      save("ratings", state.ratings);
      api("POST", "/api/v1/widget/feedback", { message_id: messageId, helpful: helpful }).catch(function () {
        if (before === undefined) delete state.ratings[messageId]; else state.ratings[messageId] = before;
        save("ratings", state.ratings);
        show(before, false);
        note.textContent = t("rateFailed");
      });
    }
    up.addEventListener("click", function () { rate(true); });
    down.addEventListener("click", function () { rate(false); });
    show(state.ratings[messageId], false);
    return group;
  }

  /** Puts a message node in order: by conversation start, then sequence; pending messages stay last. */
  function place(node, message) {
    var key = sortKey(message);
    var children = ui.list.children;
    for (var i = 0; i < children.length; i++) {
      var other = children[i];
      if (other.hasAttribute("data-pending") || other === typingNode || other === noticeNode) {
        ui.list.insertBefore(node, other);
        return;
      }
      var otherKey = other.__heedKey;
      if (otherKey && compareKeys(key, otherKey) < 0) {
        ui.list.insertBefore(node, other);
        return;
      }
    }
    ui.list.appendChild(node);
  }

  function sortKey(message) {
    return { conversation: message.conversation_id, sequence: message.sequence || 0, created: Date.parse(message.created_at) || 0 };
  }

  /** Within a conversation by sequence; conversations by time. */
  function compareKeys(a, b) {
    if (a.conversation === b.conversation) return a.sequence - b.sequence;
    return a.created - b.created;
  }

  function receiveMessage(message, reply, fromHistory) {
    if (!message || !message.id || message.is_internal_note) return;

    if (!state.conversationId) state.conversationId = message.conversation_id;
    if (message.conversation_id !== state.conversationId && !fromHistory) {
      // A new conversation started (the last one was closed): sequences start again.
      state.conversationId = message.conversation_id;
      state.maxSequence = 0;
      state.conversation = null;
    }
    if (message.conversation_id === state.conversationId) {
      state.maxSequence = Math.max(state.maxSequence, message.sequence || 0);
    }

    var clientId = message.client_message_id;
    if (message.author === "customer" && clientId) confirmOutbox(clientId);
    if (nodesById[message.id]) return;
    state.messages[message.id] = message;

    if (message.author !== "customer") clearTyping();
    if (message.author === "agent") {
      var at = Date.parse(message.created_at) || Date.now();
      agentReplyTimes[message.conversation_id] = Math.max(agentReplyTimes[message.conversation_id] || 0, at);
      if (!fromHistory) renderHandoff();
    }

    var node = messageNode(message, citationsOf(message, reply));
    node.__heedKey = sortKey(message);
    nodesById[message.id] = node;
    var pending = clientId && pendingNodes[clientId];
    if (pending) {
      delete pendingNodes[clientId];
      pending.parentNode.removeChild(pending);
    }
    place(node, message);

    if (message.author === "customer" && normaliseLanguage(message.language)) setLanguage(message.language);
    if (!fromHistory) {
      var c = state.conversation;
      if (message.author === "customer" && c && c.id === message.conversation_id && (c.status === "resolved" || c.status === "closed")) {
        // Writing again reopens the conversation; read its new state rather than guess it.
        loadHistory().catch(function () { /* the socket keeps working; the survey just stays a little longer */ });
      }
      if (message.author === "customer" && clientId && aiWillAnswer()) showTyping();
      if (message.author !== "customer" && !state.open) {
        state.unread += 1;
        renderUnread();
      }
      if (state.handoffAfterClientId && clientId === state.handoffAfterClientId) {
        state.handoffAfterClientId = null;
        sendFrame({ type: "handoff" });
      }
      scrollToEnd();
    }
  }

  function aiWillAnswer() {
    var c = state.conversation;
    return !c || (c.handler !== "human");
  }

  // ---------------------------------------------------------------- typing / streaming

  var typingNode = null;
  var typingText = "";
  var typingTimer = null;

  function showTyping() {
    if (!typingNode) {
      typingText = "";
      var bubble = el("div", { className: "heed-bubble" }, [
        el("span", { className: "heed-dots", "aria-hidden": "true" }, [el("span"), el("span"), el("span")]),
        tr(el("span", { className: "heed-sr" }), "typing")
      ]);
      typingNode = el("li", { className: "heed-msg", "data-testid": "heed-typing", "data-author": "ai", "aria-live": "off" }, [
        el("div", { className: "heed-meta" }, [
          tr(el("span", { className: "heed-author" }), "ai"),
          tr(el("span", { className: "heed-badge" }), "aiBadge")
        ]),
        bubble
      ]);
      typingNode.__bubble = bubble;
      ui.list.appendChild(typingNode);
    }
    clearTimeout(typingTimer);
    // A reply that never comes (for example a hand-off without an answer) must not leave the bubble behind.
    typingTimer = setTimeout(clearTyping, 45000);
    scrollToEnd();
  }

  function appendDelta(text) {
    showTyping();
    typingText += text;
    renderRichText(typingNode.__bubble, typingText);
    scrollToEnd();
  }

  function clearTyping() {
    clearTimeout(typingTimer);
    if (typingNode && typingNode.parentNode) typingNode.parentNode.removeChild(typingNode);
    typingNode = null;
    typingText = "";
  }

  var noticeNode = null;

  function showNotice(text) {
    if (noticeNode && noticeNode.parentNode) noticeNode.parentNode.removeChild(noticeNode);
    noticeNode = el("li", { className: "heed-msg heed-notice", "data-author": "system", role: "alert" },
      [el("div", { className: "heed-bubble", text: text })]);
    ui.list.appendChild(noticeNode);
    scrollToEnd();
  }

  // ---------------------------------------------------------------- sending and the outbox

  function submitInput() {
    var body = ui.input.value.trim();
    if (!body) { ui.input.focus(); return; }
    ui.input.value = "";
    autosize();
    queueMessage(body);
    ui.input.focus();
  }

  function queueMessage(body) {
    var item = { client_message_id: "web-" + randomId(), body: body, created_at: new Date().toISOString() };
    state.outbox.push(item);
    save("outbox", state.outbox);
    markCampaignsReplied();
    renderPending(item);
    if (noticeNode && noticeNode.parentNode) { noticeNode.parentNode.removeChild(noticeNode); noticeNode = null; }
    if (!state.started) start();
    else sendFrame({ type: "message", body: item.body, client_message_id: item.client_message_id });
    scrollToEnd();
    return item;
  }

  function renderPending(item) {
    if (pendingNodes[item.client_message_id]) return;
    var node = el("li", {
      className: "heed-msg", "data-testid": "heed-message", "data-author": "customer", "data-message-id": "",
      "data-client-message-id": item.client_message_id, "data-pending": "true"
    }, [
      el("div", { className: "heed-meta" }, [el("span", { className: "heed-author", text: t("you") })]),
      el("div", { className: "heed-bubble", text: item.body }),
      el("p", { className: "heed-status-note", text: state.connection === "connected" ? t("sending") : t("waiting") })
    ]);
    pendingNodes[item.client_message_id] = node;
    if (typingNode && typingNode.parentNode) ui.list.insertBefore(node, typingNode);
    else ui.list.appendChild(node);
  }

  function renderOutbox() {
    state.outbox.forEach(renderPending);
  }

  function flushOutbox() {
    state.outbox.forEach(function (item) {
      sendFrame({ type: "message", body: item.body, client_message_id: item.client_message_id });
    });
  }

  function confirmOutbox(clientId) {
    var before = state.outbox.length;
    state.outbox = state.outbox.filter(function (item) { return item.client_message_id !== clientId; });
    if (state.outbox.length !== before) save("outbox", state.outbox);
  }

  // ---------------------------------------------------------------- hand-off

  function requestHuman() {
    if (state.handoffRequested) return;
    state.handoffRequested = true;
    renderHuman();
    if (!state.conversationId) {
      // No conversation yet: say so in words, which starts one, then ask for the hand-off.
      state.handoffAfterClientId = queueMessage(t("humanRequest")).client_message_id;
      return;
    }
    if (!state.started) start();
    sendFrame({ type: "handoff" });
  }

  function isHumanHandled() {
    var c = state.conversation;
    return !!(c && c.handler === "human" && (c.status === "open" || c.status === "pending"));
  }

  function renderHuman() {
    var human = isHumanHandled();
    ui.human.hidden = human;
    ui.human.disabled = state.handoffRequested && !human;
    ui.humanLabel.textContent = state.handoffRequested && !human ? t("humanPending") : t("human");
  }

  var handoffTimer = null;

  function renderHandoff() {
    var c = state.conversation;
    var show = isHumanHandled();
    ui.handoff.hidden = !show;
    clearInterval(handoffTimer);
    if (!show) { ui.handoffText.textContent = ""; return; }
    var who = c.team ? t("colleagueFrom", { team: c.team }) : t("colleague");
    var text;
    var handedOff = Date.parse(c.handed_off_at) || 0;
    if ((agentReplyTimes[c.id] || -1) >= handedOff) {
      text = t("helping", { who: who });
    } else {
      text = t("willReply", { who: who });
      var due = Date.parse(c.first_response_due_at);
      var back = Date.parse(c.replies_from);
      if (!isNaN(back) && back > Date.now()) {
        text += backText(new Date(back));
      } else if (!isNaN(due)) {
        var minutes = Math.max(1, Math.ceil((due - Date.now()) / 60000));
        text += t("eta", { minutes: minutesText(state.lang, minutes) });
      }
      text += ".";
      handoffTimer = setInterval(renderHandoff, 30000);
    }
    if (ui.handoffText.textContent !== text) ui.handoffText.textContent = text;
  }

  /** "we reply tomorrow from 09:00": when the team is back after its business hours, in the visitor's own time. */
  function backText(at) {
    var time = at.toLocaleTimeString(state.lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    var today = new Date();
    today.setHours(0, 0, 0, 0);
    var day = new Date(at.getTime());
    day.setHours(0, 0, 0, 0);
    var days = Math.round((day - today) / 86400000);
    if (days <= 0) return t("backToday", { time: time });
    if (days === 1) return t("backTomorrow", { time: time });
    return t("backOn", { day: at.toLocaleDateString(state.lang, { weekday: "long" }), time: time });
  }

  /** Team names by team id: socket frames carry the id, the name comes with hand-off details and history. */
  var teamNames = {};
  /** The latest agent message time per conversation, to tell "will reply" from "is helping you". */
  var agentReplyTimes = {};

  function updateConversation(conversation, details) {
    if (details && details.team && conversation.team_id) teamNames[conversation.team_id] = details.team;
    if (typeof conversation.team === "string" && conversation.team_id) teamNames[conversation.team_id] = conversation.team;
    if (typeof conversation.team !== "string") conversation.team = teamNames[conversation.team_id] || (details && details.team) || null;
    if (state.conversationId && conversation.id !== state.conversationId && state.conversation &&
        Date.parse(conversation.created_at) < Date.parse(state.conversation.created_at)) {
      return; // an update about an older conversation
    }
    if (conversation.id !== state.conversationId) state.maxSequence = 0;
    state.conversationId = conversation.id;
    state.conversation = conversation;
    if (conversation.handler === "human") {
      state.handoffRequested = false;
      clearTyping();
    }
    renderHuman();
    renderHandoff();
    renderCsat(false);
  }

  // ---------------------------------------------------------------- satisfaction survey

  var csatNode = null;
  var csatFor = null;

  function renderCsat(force) {
    var c = state.conversation;
    var resolved = !!(c && (c.status === "resolved" || c.status === "closed"));
    var key = resolved ? c.id + (state.csat[c.id] ? ":done" : ":ask") : null;
    if (!force && key === csatFor) return;
    csatFor = key;
    if (csatNode && csatNode.parentNode) csatNode.parentNode.removeChild(csatNode);
    csatNode = null;
    if (!resolved) return;
    csatNode = state.csat[c.id] ? thanksNode() : surveyNode(c.id);
    ui.scroll.insertBefore(csatNode, ui.end);
    scrollToEnd();
  }

  function thanksNode() {
    return el("p", { className: "heed-csat-thanks", "data-testid": "heed-csat-thanks", role: "status", text: t("csatThanks") });
  }

  function surveyNode(conversationId) {
    var chosen = null;
    var scale = el("div", { className: "heed-csat-scale" });
    var buttons = [];
    for (var n = 1; n <= 5; n++) {
      (function (rating) {
        var button = el("button", {
          type: "button", "data-testid": "heed-csat-rating", "data-rating": String(rating), "aria-pressed": "false",
          "aria-label": t("csatRating", { n: rating }), text: String(rating)
        });
        button.addEventListener("click", function () {
          chosen = rating;
          buttons.forEach(function (b) { b.setAttribute("aria-pressed", b === button ? "true" : "false"); });
          submit.disabled = false;
        });
        buttons.push(button);
        scale.appendChild(button);
      })(n);
    }
    var comment = el("textarea", { "data-testid": "heed-csat-comment", "aria-label": t("csatComment"), placeholder: t("csatComment"), maxlength: "2000", rows: "2" });
    var submit = el("button", { type: "button", className: "heed-primary", "data-testid": "heed-csat-submit", disabled: true, text: t("csatSubmit") });
    var error = el("p", { className: "heed-error", role: "alert", hidden: true });
    var node = el("section", { className: "heed-csat", "data-testid": "heed-csat", "aria-labelledby": "heed-csat-question" }, [
      el("p", { className: "heed-csat-note", text: t("resolved") }),
      el("fieldset", null, [
        el("legend", { id: "heed-csat-question", text: t("csatQuestion") }),
        el("p", { className: "heed-csat-hint", text: t("csatHint") }),
        scale
      ]),
      comment,
      submit,
      error
    ]);
    submit.addEventListener("click", function () {
      if (!chosen) return;
      submit.disabled = true;
      error.hidden = true;
      var body = { conversation_id: conversationId, rating: chosen };
      var text = comment.value.trim();
      if (text) body.comment = text;
      api("POST", "/api/v1/widget/csat", body).then(function () {
        state.csat[conversationId] = chosen;
        save("csat", state.csat);
        renderCsat(true);
        if (csatNode) { csatNode.setAttribute("tabindex", "-1"); csatNode.focus(); }
      }, function () {
        submit.disabled = false;
        error.textContent = t("csatFailed");
        error.hidden = false;
      });
    });
    return node;
  }

  // ---------------------------------------------------------------- start-up

  function init() {
    build();
    // A returning visitor (a session or an unsent message) gets their conversation and live replies at once.
    if (state.outbox.length || sessionIsFresh(state.session)) start();
  }

  // ---------------------------------------------------------------- the page's API (identify, track)

  function identify(customer) {
    if (customer != null && (typeof customer !== "object" || !customer.external_id || !customer.signature ||
        !customer.expires_at)) {
      return Promise.reject(new Error("Heed.identify needs {external_id, expires_at, signature} (email and name optional), or null"));
    }
    var identity = customer == null ? null : {
      external_id: String(customer.external_id), email: customer.email || undefined, name: customer.name || undefined,
      expires_at: Number(customer.expires_at), signature: String(customer.signature)
    };
    var changed = identityKey(identity) !== identityKey(state.identity) ||
      (state.session && (state.session.identity || null) !== identityKey(identity));
    state.identity = identity;
    save("identity", identity);
    if (changed) {
      dropSession();
      if (socket) { try { socket.close(); } catch (e) { /* reconnects with the new session */ } }
    }
    return ensureSession();
  }

  function track(name, properties) {
    if (typeof name !== "string" || !name) return Promise.reject(new Error("Heed.track needs an event name"));
    var event = { name: name, properties: properties || {}, occurred_at: new Date().toISOString() };
    return api("POST", "/api/v1/widget/events", event).catch(function (error) {
      if (window.console) console.warn("Heed.track(" + name + "): " + error.message);
      throw error;
    });
  }

  var queued = (window.Heed && window.Heed.q) || [];
  window.Heed = { identify: identify, track: track };
  if (state.identity && state.session && (state.session.identity || null) !== identityKey(state.identity)) dropSession();
  queued.forEach(function (call) {
    var method = call && window.Heed[call[0]];
    if (method) method.apply(null, Array.prototype.slice.call(call, 1)).catch(function () { /* reported above */ });
  });

  window.HeedWidget = {
    open: open,
    close: close,
    state: function () {
      var c = state.conversation;
      return {
        open: state.open,
        language: state.lang,
        connection: state.connection,
        customer_id: state.session ? state.session.customer_id : null,
        conversation_id: state.conversationId,
        conversation: c ? { id: c.id, status: c.status, handler: c.handler, team: c.team } : null,
        max_sequence: state.maxSequence,
        message_count: Object.keys(state.messages).length,
        outbox: state.outbox.map(function (item) { return item.client_message_id; })
      };
    }
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
