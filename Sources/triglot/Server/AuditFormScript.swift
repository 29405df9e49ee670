/// The inline script of the page of `GET /`: it sends the editions and options to
/// `POST /v1/audit?format=html` as JSON and opens the report that comes back in the same tab
/// (as a `blob:` page, so that Back returns to the form as it was), or shows the error's
/// message under the button.
///
/// A pasted edition goes as a JSON string; an uploaded file goes as its bytes in base64 with
/// its name (`{"base64", "filename"}`), so that the server finds its format by extension and
/// its encoding (windows-1251, KOI8) as the command line does.
enum AuditFormScript {
  /// The JavaScript placed in the page's `<script>` element.
  static let javascript = """
    "use strict";
    const languages = ["uk", "en", "ru"];
    const uploads = {};
    const placeholders = {};
    const status = document.getElementById("status");
    const submit = document.getElementById("submit");
    let names = null;

    function show(message, isError) {
      status.textContent = message;
      status.className = isError ? "error" : "";
    }

    function base64(buffer) {
      const bytes = new Uint8Array(buffer);
      let binary = "";
      for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode.apply(null, bytes.subarray(start, start + 0x8000));
      }
      return btoa(binary);
    }

    function kilobytes(size) {
      return size < 1024 ? size + " bytes" : (size / 1024).toFixed(1) + " KB";
    }

    function setUpload(language, file) {
      const area = document.getElementById("text-" + language);
      const label = document.getElementById("file-name-" + language);
      const box = area.closest(".edition");
      if (!file) {
        delete uploads[language];
        area.disabled = false;
        area.placeholder = placeholders[language];
        label.textContent = "";
        box.classList.toggle("filled", area.value !== "");
        return;
      }
      const reader = new FileReader();
      reader.onload = () => {
        uploads[language] = { base64: base64(reader.result), filename: file.name };
        area.value = "";
        area.disabled = true;
        area.placeholder = file.name + " is sent instead of pasted text; Clear to paste again";
        label.textContent = file.name + " · " + kilobytes(file.size) + ", sent as its bytes";
        box.classList.add("filled");
      };
      reader.onerror = () => show("Could not read " + file.name + ": " + reader.error, true);
      reader.readAsArrayBuffer(file);
    }

    for (const language of languages) {
      const area = document.getElementById("text-" + language);
      const input = document.getElementById("file-" + language);
      placeholders[language] = area.placeholder;
      input.addEventListener("change", () => setUpload(language, input.files[0]));
      area.addEventListener("input", () => {
        area.closest(".edition").classList.toggle("filled", area.value !== "");
      });
      area.addEventListener("dragover", (event) => event.preventDefault());
      area.addEventListener("drop", (event) => {
        if (event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        setUpload(language, event.dataTransfer.files[0]);
      });
    }
    for (const button of document.querySelectorAll("button.clear")) {
      button.addEventListener("click", () => {
        const language = button.dataset.lang;
        document.getElementById("text-" + language).value = "";
        document.getElementById("file-" + language).value = "";
        setUpload(language, null);
      });
    }
    document.getElementById("names-file").addEventListener("change", (event) => {
      const file = event.target.files[0];
      names = null;
      if (file) file.text().then((text) => { names = text; });
    });

    function requestBody() {
      const body = {};
      for (const language of languages) {
        const text = document.getElementById("text-" + language).value;
        if (uploads[language]) body[language] = uploads[language];
        else if (text.trim() !== "") body[language] = text;
      }
      const options = {};
      const disabled = [...document.querySelectorAll("input[data-rule]")]
        .filter((box) => !box.checked).map((box) => box.dataset.rule);
      if (disabled.length > 0) options.disable = disabled;
      options.minSeverity = document.getElementById("min-severity").value;
      options.inputFormat = document.getElementById("input-format").value;
      const source = document.getElementById("source").value;
      if (source) options.source = source;
      const standard = document.getElementById("standard").value;
      if (standard) options.standard = standard;
      if (names !== null) options.names = names;
      body.options = options;
      return body;
    }

    document.getElementById("audit-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      submit.disabled = true;
      show("Auditing…", false);
      try {
        const response = await fetch("/v1/audit?format=html", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(requestBody()),
        });
        if (!response.ok) {
          let message = response.status + " " + response.statusText;
          try { message = (await response.json()).error.message; } catch (ignored) {}
          show(message, true);
          return;
        }
        const report = new Blob([await response.text()], { type: "text/html" });
        show("", false);
        window.location.assign(URL.createObjectURL(report));
      } catch (error) {
        show("The server did not answer (" + error.message + "); is triglot serve running?", true);
      } finally {
        submit.disabled = false;
      }
    });
    """
}
