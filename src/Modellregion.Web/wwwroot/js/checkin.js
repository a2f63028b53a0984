// Check-in: reads the ticket's QR code with the camera where the browser can (BarcodeDetector) and submits the
// check-in form with the token. Only an enhancement: without it the code is typed into the same form.
(() => {
  "use strict";
  const form = document.getElementById("einlass-code");
  const button = document.getElementById("kamera");
  const video = document.getElementById("kamera-bild");
  if (!form || !button || !video || !("BarcodeDetector" in window) || !navigator.mediaDevices?.getUserMedia) {
    return;
  }

  const start = async () => {
    let stream = null;
    try {
      const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      video.srcObject = stream;
      video.hidden = false;
      button.disabled = true;
      await video.play();
      const stop = () => {
        stream?.getTracks().forEach((track) => track.stop());
        video.hidden = true;
        button.disabled = false;
      };
      const scan = async () => {
        if (video.hidden) {
          return;
        }
        try {
          const codes = await detector.detect(video);
          const found = codes.find((code) => code.rawValue);
          if (found) {
            stop();
            form.elements.namedItem("Code").value = found.rawValue;
            form.requestSubmit();
            return;
          }
        } catch {
          // The frame could not be read; try the next one.
        }
        window.setTimeout(scan, 200);
      };
      scan();
    } catch {
      stream?.getTracks().forEach((track) => track.stop());
      video.hidden = true;
      button.disabled = false;
    }
  };

  window.BarcodeDetector.getSupportedFormats()
    .then((formats) => {
      if (formats.includes("qr_code")) {
        button.hidden = false;
        button.addEventListener("click", start);
      }
    })
    .catch(() => {});
})();
