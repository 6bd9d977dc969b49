// parley web UI: the few interactions the server-rendered pages need.
// No framework, no build step; every page works without it.
"use strict";

// Document page: legend checkboxes show or hide a layer's highlights, and
// hovering an item in the side lists outlines its spans in the text.
function initDocument() {
  const text = document.getElementById("doc-text");
  if (!text) return;
  document.querySelectorAll("#legend input[data-layer]").forEach((box) => {
    box.addEventListener("change", () => {
      text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });
  const spans = (key) => text.querySelectorAll('[data-ann="' + CSS.escape(key) + '"]');
  document.querySelectorAll(".doc-side li[data-ann]").forEach((li) => {
    li.addEventListener("mouseenter", () => {
      li.classList.add("focus");
      spans(li.dataset.ann).forEach((s) => s.classList.add("focus"));
    });
    li.addEventListener("mouseleave", () => {
      li.classList.remove("focus");
      spans(li.dataset.ann).forEach((s) => s.classList.remove("focus"));
    });
  });
}

// Network page: hovering an actor keeps its ties and neighbours in view and
// fades the rest.
function initNetwork() {
  const svg = document.getElementById("network");
  if (!svg) return;
  const edges = Array.from(svg.querySelectorAll(".edge"));
  const nodes = Array.from(svg.querySelectorAll(".node"));
  nodes.forEach((node) => {
    const id = node.dataset.node;
    node.addEventListener("mouseenter", () => {
      const near = new Set([id]);
      edges.forEach((e) => {
        const on = e.dataset.source === id || e.dataset.target === id;
        e.classList.toggle("on", on);
        if (on) { near.add(e.dataset.source); near.add(e.dataset.target); }
      });
      nodes.forEach((n) => n.classList.toggle("on", near.has(n.dataset.node)));
      svg.classList.add("focusing");
    });
    node.addEventListener("mouseleave", () => {
      svg.classList.remove("focusing");
      edges.forEach((e) => e.classList.remove("on"));
      nodes.forEach((n) => n.classList.remove("on"));
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  initDocument();
  initNetwork();
});
