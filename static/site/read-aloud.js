/* "Read aloud": the offer page read by the browser's own speech synthesis, in the page's
 * language. The button appears only when the browser has a voice for that language; text in
 * another language (a fallback) is read with a voice for that language, or skipped. Nothing is
 * sent anywhere: the voices are the device's. */
(function () {
  "use strict";
  var button = document.querySelector("[data-read-aloud]");
  var synth = window.speechSynthesis;
  if (!button || !synth || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }
  var label = button.querySelector("span");
  var startLabel = label.textContent;
  var stopLabel = button.getAttribute("data-stop-label");
  var speaking = false;

  function primary(tag) {
    return (tag || "").toLowerCase().split(/[-_]/)[0];
  }

  /* Speech-synthesis tags of the site's languages (integrationmap/languages.py): "kmr" is
   * spoken by voices tagged "ku". */
  var speechTags = JSON.parse(button.getAttribute("data-speech-tags") || "{}");

  function voiceFor(language) {
    var wanted = primary(speechTags[language] || language);
    var voices = synth.getVoices().filter(function (voice) {
      return primary(voice.lang) === wanted;
    });
    var exact = voices.filter(function (voice) {
      return voice.lang.toLowerCase().replace("_", "-") === (speechTags[language] || "").toLowerCase();
    });
    return exact[0] || voices[0] || null;
  }

  function segments() {
    /* [{language, text}] in reading order, from the visible parts marked data-read. */
    var result = [];
    function add(language, text) {
      text = text.replace(/\s+/g, " ").trim();
      if (!text) {
        return;
      }
      var last = result[result.length - 1];
      if (last && last.language === language) {
        last.text += " " + text;
      } else {
        result.push({ language: language, text: text });
      }
    }
    function walk(node, language) {
      if (node.nodeType === Node.TEXT_NODE) {
        add(language, node.nodeValue);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || node.hidden || node.getAttribute("aria-hidden") === "true") {
        return;
      }
      if (node.classList.contains("visually-hidden") || getComputedStyle(node).display === "none") {
        return;
      }
      var own = node.getAttribute("lang") || language;
      node.childNodes.forEach(function (child) {
        walk(child, own);
      });
      if (/^(P|H1|H2|H3|LI|DD|DT|TR|ADDRESS|DIV|SECTION)$/.test(node.tagName)) {
        add(own, ".");
      }
    }
    document.querySelectorAll("[data-read]").forEach(function (element) {
      walk(element, element.closest("[lang]").getAttribute("lang"));
    });
    return result.map(function (segment) {
      segment.text = segment.text.replace(/(\s*\.)+/g, ".").replace(/^\.\s*/, "");
      return segment;
    });
  }

  function chunks(text) {
    /* Long utterances stop early in some browsers: read sentence by sentence. */
    return text.match(/[^.!?؟።]+[.!?؟።]*/g) || [text];
  }

  function stop() {
    speaking = false;
    synth.cancel();
    label.textContent = startLabel;
    button.setAttribute("aria-pressed", "false");
  }

  function start() {
    var queue = [];
    segments().forEach(function (segment) {
      var voice = voiceFor(segment.language);
      if (!voice) {
        return;
      }
      chunks(segment.text).forEach(function (part) {
        if (part.trim().replace(/[.!?؟።]/g, "")) {
          var utterance = new window.SpeechSynthesisUtterance(part.trim());
          utterance.voice = voice;
          utterance.lang = voice.lang;
          queue.push(utterance);
        }
      });
    });
    if (!queue.length) {
      return;
    }
    speaking = true;
    label.textContent = stopLabel;
    button.setAttribute("aria-pressed", "true");
    queue[queue.length - 1].addEventListener("end", function () {
      if (speaking) {
        stop();
      }
    });
    queue.forEach(function (utterance) {
      synth.speak(utterance);
    });
  }

  button.addEventListener("click", function () {
    if (speaking) {
      stop();
    } else {
      start();
    }
  });

  function offer() {
    button.hidden = !voiceFor(document.documentElement.lang);
  }

  offer();
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", offer);
  }
  window.addEventListener("pagehide", stop);
})();
