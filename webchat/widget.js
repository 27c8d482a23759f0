/*
 * Anonymous chat widget for the vertrouwenspersoon triage bot.
 *
 * Embed on any page with one script tag (optionally after a config object):
 *
 *   <script>
 *     window.VertrouwensbotConfig = {
 *       server: "https://bot.example.nl",      // where the bot runs (default: where this script came from)
 *       title: "Vertrouwelijk praten",         // header text
 *       colors: { primary: "#1d4f91", primaryText: "#ffffff" },
 *       exitUrl: "https://www.google.nl",      // where "Snel weg" goes
 *       mode: "widget"                         // "widget": help button; "page": full page
 *     };
 *   </script>
 *   <script src="https://bot.example.nl/chat/widget.js" defer></script>
 *
 * Privacy: no cookies, no localStorage or sessionStorage. The conversation id is random
 * and lives only in this page: reloading or "Nieuw gesprek" starts a new conversation.
 * The widget talks only to its own bot server, with a tiny socket.io (Engine.IO v4)
 * client over WebSocket written here, so nothing is fetched from anyone else.
 * Nothing the bot or the user writes is ever inserted as HTML.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var scriptUrl = new URL(script ? script.src : location.href, location.href);
  var given = window.VertrouwensbotConfig || {};
  var data = script ? script.dataset : {};
  var config = {
    server: (given.server || scriptUrl.origin).replace(/\/+$/, ""),
    title: given.title || data.title || "Vertrouwelijk praten",
    colors: given.colors || {},
    exitUrl: given.exitUrl || data.exitUrl || "https://www.google.nl",
    mode: given.mode || data.mode || "widget",
    target: given.target || data.target || null
  };

  var TEXT = {
    open: "Hulp nodig? Praat anoniem",
    close: "Sluiten",
    exit: "Snel weg",
    exitHint: "Snel weg: sluit dit gesprek meteen en opent een andere website. Of druk drie keer op Esc.",
    restart: "Nieuw gesprek",
    danger: "Direct gevaar? Bel 112. Denk je aan zelfmoord? Bel 113 of gratis 0800-0113.",
    privacy:
      "Je naam is niet nodig. Wat je typt, bewaren we niet. Het gesprek bestaat alleen in dit venster: herladen of 'Nieuw gesprek' wist het. " +
      "Let op: op een computer of netwerk van je werk kan je werkgever soms zien dat je deze pagina bezoekt. Gebruik dan liever je eigen telefoon.",
    label: "Jouw bericht",
    placeholder: "Typ hier wat er speelt…",
    send: "Verstuur",
    log: "Gesprek",
    you: "Jij",
    bot: "Chatbot",
    connecting: "Verbinden…",
    offline: "Geen verbinding met de chatbot. We proberen het opnieuw. Bij direct gevaar: bel 112.",
    refused: "Deze chat mag niet vanaf deze website worden gebruikt. Bij direct gevaar: bel 112.",
    typing: "De chatbot schrijft…",
    copy: "Kopieer de tekst",
    copied: "Tekst gekopieerd."
  };

  // ---------------------------------------------------------------- socket.io
  // Engine.IO v4 over WebSocket: "0" open, "2"/"3" ping/pong, "40" connect,
  // "42[event, data]" event, "44" connect error.
  function Connection(server, handlers) {
    this.server = server;
    this.handlers = handlers;
    this.ws = null;
    this.closedByUs = false;
    this.retry = 0;
    this.timer = null;
  }
  Connection.prototype.open = function () {
    var self = this;
    var url = new URL("/socket.io/?EIO=4&transport=websocket", this.server);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    var ws = new WebSocket(url.toString());
    this.ws = ws;
    ws.onmessage = function (event) {
      var packet = String(event.data);
      if (packet === "2") {
        ws.send("3");
      } else if (packet.charAt(0) === "0") {
        ws.send("40");
      } else if (packet.indexOf("40") === 0) {
        self.retry = 0;
        self.handlers.connected();
      } else if (packet.indexOf("44") === 0) {
        self.closedByUs = true;
        self.handlers.refused();
        ws.close();
      } else if (packet.indexOf("42") === 0) {
        var message;
        try {
          message = JSON.parse(packet.slice(2));
        } catch (e) {
          return;
        }
        if (Array.isArray(message)) self.handlers.event(message[0], message[1]);
      }
    };
    ws.onclose = function () {
      if (self.closedByUs) return;
      self.handlers.disconnected();
      var delay = Math.min(10000, 1000 * Math.pow(2, self.retry++));
      self.timer = setTimeout(function () { self.open(); }, delay);
    };
  };
  Connection.prototype.emit = function (name, payload) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send("42" + JSON.stringify([name, payload]));
      return true;
    }
    return false;
  };
  Connection.prototype.close = function () {
    this.closedByUs = true;
    clearTimeout(this.timer);
    if (this.ws) this.ws.close();
  };

  // ---------------------------------------------------------------- helpers
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, attrs[key]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function randomId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  // Text with web addresses and the emergency numbers as safe links; everything else
  // stays plain text.
  function appendText(parent, text) {
    var pattern = /https?:\/\/[^\s<>"')]+[^\s<>"').,;:!?]|\b(?:0800-0113|0800-2000|112|113)\b/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var found = match[0];
      var link = /^https?:/.test(found)
        ? el("a", { href: found, target: "_blank", rel: "noopener noreferrer" }, found)
        : el("a", { href: "tel:" + found.replace(/-/g, "") }, found);
      parent.appendChild(link);
      last = match.index + found.length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // ---------------------------------------------------------------- the widget
  function Widget(host) {
    var self = this;
    this.sessionId = randomId();
    this.escapes = [];
    this.root = host.attachShadow({ mode: "open" });
    this.root.appendChild(el("link", { rel: "stylesheet", href: config.server + "/chat/widget.css" }));

    var colors = config.colors;
    if (colors.primary) host.style.setProperty("--vpb-primary", colors.primary);
    if (colors.primaryText) host.style.setProperty("--vpb-primary-text", colors.primaryText);
    if (colors.background) host.style.setProperty("--vpb-background", colors.background);
    if (colors.text) host.style.setProperty("--vpb-text", colors.text);

    var frame = el("div", { class: "vpb vpb-" + config.mode });
    this.root.appendChild(frame);

    if (config.mode === "widget") {
      this.launcher = el("button", { type: "button", class: "vpb-launcher", "aria-expanded": "false" }, TEXT.open);
      this.launcher.addEventListener("click", function () { self.toggle(true); });
      frame.appendChild(this.launcher);
    }

    var panel = el("section", { class: "vpb-panel", "aria-label": config.title });
    this.panel = panel;
    if (config.mode === "widget") panel.hidden = true;
    frame.appendChild(panel);

    var header = el("header", { class: "vpb-header" });
    header.appendChild(el("h2", { class: "vpb-title" }, config.title));
    var actions = el("div", { class: "vpb-actions" });
    var restart = el("button", { type: "button", class: "vpb-restart" }, TEXT.restart);
    restart.addEventListener("click", function () { self.restart(); });
    var exit = el("button", { type: "button", class: "vpb-exit", title: TEXT.exitHint, "aria-label": TEXT.exitHint }, TEXT.exit);
    exit.addEventListener("click", function () { self.exit(); });
    actions.appendChild(restart);
    if (config.mode === "widget") {
      var close = el("button", { type: "button", class: "vpb-close" }, TEXT.close);
      close.addEventListener("click", function () { self.toggle(false); });
      actions.appendChild(close);
    }
    actions.appendChild(exit);
    header.appendChild(actions);
    panel.appendChild(header);

    var danger = el("p", { class: "vpb-danger" });
    appendText(danger, TEXT.danger);
    panel.appendChild(danger);
    panel.appendChild(el("p", { class: "vpb-privacy" }, TEXT.privacy));

    this.log = el("div", { class: "vpb-log", role: "log", "aria-live": "polite", "aria-label": TEXT.log, tabindex: "0" });
    panel.appendChild(this.log);
    this.status = el("p", { class: "vpb-status", role: "status" });
    panel.appendChild(this.status);

    var form = el("form", { class: "vpb-form" });
    var inputId = "vpb-input";
    form.appendChild(el("label", { for: inputId, class: "vpb-visually-hidden" }, TEXT.label));
    this.input = el("textarea", { id: inputId, rows: "2", placeholder: TEXT.placeholder, autocomplete: "off" });
    form.appendChild(this.input);
    form.appendChild(el("button", { type: "submit", class: "vpb-send" }, TEXT.send));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.sendTyped();
    });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        self.sendTyped();
      }
    });
    panel.appendChild(form);

    document.addEventListener("keydown", function (event) { self.onKey(event); }, true);
    this.connect();
  }

  Widget.prototype.connect = function () {
    var self = this;
    var greeted = false;
    this.setStatus(TEXT.connecting);
    this.connection = new Connection(config.server, {
      connected: function () {
        self.connection.emit("session_request", { session_id: self.sessionId });
      },
      refused: function () { self.setStatus(TEXT.refused); },
      disconnected: function () { self.setStatus(TEXT.offline); },
      event: function (name, payload) {
        if (name === "session_confirm") {
          self.setStatus("");
          if (!greeted) {
            greeted = true;
            self.connection.emit("user_uttered", { payload: "/begroeten", session_id: self.sessionId });
            self.setStatus(TEXT.typing);
          }
        } else if (name === "bot_uttered" && payload && typeof payload === "object") {
          self.setStatus("");
          self.showBot(payload);
        }
      }
    });
    this.connection.open();
  };

  Widget.prototype.setStatus = function (text) {
    this.status.textContent = text;
  };

  Widget.prototype.toggle = function (open) {
    this.panel.hidden = !open;
    this.launcher.hidden = open;
    this.launcher.setAttribute("aria-expanded", String(open));
    if (open) this.input.focus();
    else this.launcher.focus();
  };

  Widget.prototype.showUser = function (text) {
    var item = el("div", { class: "vpb-msg vpb-user" });
    item.appendChild(el("span", { class: "vpb-visually-hidden" }, TEXT.you + ": "));
    appendText(item, text);
    this.log.appendChild(item);
    this.log.scrollTop = this.log.scrollHeight;
  };

  Widget.prototype.showBot = function (message) {
    var self = this;
    var item = el("div", { class: "vpb-msg vpb-bot" });
    item.appendChild(el("span", { class: "vpb-visually-hidden" }, TEXT.bot + ": "));
    if (typeof message.text === "string") appendText(item, message.text);
    this.log.appendChild(item);
    // A document to copy (it starts with a Markdown title) gets a copy button.
    if (typeof message.text === "string" && /^#\s/m.test(message.text) && navigator.clipboard) {
      var copy = el("button", { type: "button", class: "vpb-choice vpb-copy" }, TEXT.copy);
      var documentText = message.text.slice(message.text.search(/^#\s/m));
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(documentText).then(function () {
          self.setStatus(TEXT.copied);
        });
      });
      this.log.appendChild(copy);
    }
    var replies = Array.isArray(message.quick_replies) ? message.quick_replies : [];
    if (replies.length) {
      var group = el("div", { class: "vpb-buttons", role: "group", "aria-label": "Kies een antwoord" });
      replies.forEach(function (reply) {
        if (!reply || typeof reply.title !== "string" || typeof reply.payload !== "string") return;
        var button = el("button", { type: "button", class: "vpb-choice" }, reply.title);
        button.addEventListener("click", function () {
          Array.prototype.forEach.call(group.querySelectorAll("button"), function (b) { b.disabled = true; });
          self.sendButton(reply.title, reply.payload);
        });
        group.appendChild(button);
      });
      this.log.appendChild(group);
      var first = group.querySelector("button");
      if (first && this.root.activeElement !== this.input) first.focus();
    }
    this.log.scrollTop = this.log.scrollHeight;
  };

  Widget.prototype.sendTyped = function () {
    var text = this.input.value.trim();
    if (!text) return;
    if (this.connection.emit("user_uttered", { message: text, session_id: this.sessionId })) {
      this.showUser(text);
      this.input.value = "";
      this.setStatus(TEXT.typing);
    } else {
      this.setStatus(TEXT.offline);
    }
  };

  Widget.prototype.sendButton = function (title, payload) {
    if (this.connection.emit("user_uttered", { payload: payload, session_id: this.sessionId })) {
      this.showUser(title);
      this.setStatus(TEXT.typing);
      this.input.focus();
    } else {
      this.setStatus(TEXT.offline);
    }
  };

  Widget.prototype.clear = function () {
    this.connection.close();
    while (this.log.firstChild) this.log.removeChild(this.log.firstChild);
    this.input.value = "";
  };

  Widget.prototype.restart = function () {
    this.clear();
    this.sessionId = randomId();
    this.connect();
    this.input.focus();
  };

  Widget.prototype.exit = function () {
    this.clear();
    this.root.innerHTML = "";
    location.replace(config.exitUrl);
  };

  Widget.prototype.onKey = function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    this.escapes = this.escapes.filter(function (t) { return now - t < 1500; });
    this.escapes.push(now);
    if (this.escapes.length >= 3) this.exit();
  };

  function start() {
    var host;
    if (config.target && document.getElementById(config.target)) {
      host = document.getElementById(config.target);
    } else {
      host = el("div", { class: "vertrouwensbot" });
      document.body.appendChild(host);
    }
    window.Vertrouwensbot = new Widget(host);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
