// Suggestions while typing for text fields marked with data-suggest="<endpoint>". The endpoint answers
// ?q=<text> with a JSON list of { label }. Only an enhancement: every form works the same without it.
(() => {
  "use strict";
  for (const input of document.querySelectorAll("input[data-suggest]")) {
    const list = document.createElement("datalist");
    list.id = `${input.id}-vorschlaege`;
    input.after(list);
    input.setAttribute("list", list.id);
    input.setAttribute("autocomplete", "off");
    let timer = 0;
    let controller = null;
    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      const term = input.value.trim();
      const picked = Array.from(list.options).some((option) => option.value === input.value);
      if (picked || term.length < 2 || term.length > 100) {
        return;
      }
      timer = window.setTimeout(async () => {
        controller?.abort();
        controller = new AbortController();
        try {
          const response = await fetch(`${input.dataset.suggest}?q=${encodeURIComponent(term)}`, {
            signal: controller.signal,
            headers: { Accept: "application/json" },
          });
          if (!response.ok) {
            return;
          }
          const items = await response.json();
          list.replaceChildren(...items.map((item) => new Option(item.label, item.label)));
        } catch {
          // Without suggestions the field still takes a name or an AGS.
        }
      }, 200);
    });
  }
})();
