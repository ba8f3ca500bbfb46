/* "Read aloud": the offer page read by the browser's own speech synthesis, in the page's
 * language. The button appears only when the browser has a voice for that language; text in
 * another language (a fallback) is read with a voice for that language, or skipped. Nothing is
 * sent anywhere: the voices are the device's. */
const button = document.querySelector("[data-read-aloud]");
const synth = window.speechSynthesis;
const supported = button && synth && typeof window.SpeechSynthesisUtterance === "function";
const label = button?.querySelector("span");
const startLabel = label?.textContent;
const stopLabel = button?.getAttribute("data-stop-label");
let speaking = false;

function primary(tag) {
  return (tag || "").toLowerCase().split(/[-_]/)[0];
}

/* Speech-synthesis tags of the site's languages (integrationmap/languages.py): "kmr" is
 * spoken by voices tagged "ku". */
const speechTags = JSON.parse(button?.getAttribute("data-speech-tags") || "{}");

function voiceFor(language) {
  const wanted = primary(speechTags[language] || language);
  const voices = synth.getVoices().filter((voice) => primary(voice.lang) === wanted);
  const exact = voices.filter(
    (voice) =>
      voice.lang.toLowerCase().replace("_", "-") === (speechTags[language] || "").toLowerCase(),
  );
  return exact[0] || voices[0] || null;
}

function segments() {
  /* [{language, text}] in reading order, from the visible parts marked data-read. */
  const result = [];
  function add(language, text) {
    text = text.replace(/\s+/g, " ").trim();
    if (!text) {
      return;
    }
    const last = result[result.length - 1];
    if (last && last.language === language) {
      last.text += ` ${text}`;
    } else {
      result.push({ language: language, text: text });
    }
  }
  function walk(node, language) {
    if (node.nodeType === Node.TEXT_NODE) {
      add(language, node.nodeValue);
      return;
    }
    if (
      node.nodeType !== Node.ELEMENT_NODE ||
      node.hidden ||
      node.getAttribute("aria-hidden") === "true"
    ) {
      return;
    }
    if (node.classList.contains("visually-hidden") || getComputedStyle(node).display === "none") {
      return;
    }
    const own = node.getAttribute("lang") || language;
    node.childNodes.forEach((child) => {
      walk(child, own);
    });
    if (/^(P|H1|H2|H3|LI|DD|DT|TR|ADDRESS|DIV|SECTION)$/.test(node.tagName)) {
      add(own, ".");
    }
  }
  document.querySelectorAll("[data-read]").forEach((element) => {
    walk(element, element.closest("[lang]").getAttribute("lang"));
  });
  return result.map((segment) => {
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
  const queue = [];
  segments().forEach((segment) => {
    const voice = voiceFor(segment.language);
    if (!voice) {
      return;
    }
    chunks(segment.text).forEach((part) => {
      if (part.trim().replace(/[.!?؟።]/g, "")) {
        const utterance = new window.SpeechSynthesisUtterance(part.trim());
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
  queue[queue.length - 1].addEventListener("end", () => {
    if (speaking) {
      stop();
    }
  });
  queue.forEach((utterance) => {
    synth.speak(utterance);
  });
}

function offer() {
  button.hidden = !voiceFor(document.documentElement.lang);
}

if (supported) {
  button.addEventListener("click", () => {
    if (speaking) {
      stop();
    } else {
      start();
    }
  });
  offer();
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", offer);
  }
  window.addEventListener("pagehide", stop);
}
