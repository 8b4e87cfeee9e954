// Injected by gui_bench (bench/gui/PlaygroundWindow.cpp) into a copy of
// TensorFlow Playground's built index.html, after the page's own scripts.
// window.nnlabBench = {warmupSeconds, seconds, trainingSamples} comes first.
// Presses play as a user would, lets it warm up as long as nnlab's cases do,
// then counts animation frames (Playground trains one epoch per frame on the
// same thread that draws) and reads the page's epoch counter. The one result
// line goes to the console, which Chromium writes to stderr
// (--enable-logging=stderr); PlaygroundConsole.cpp reads it.
(function () {
  var bench = window.nnlabBench;
  function report(text) {
    console.log("nnlab-tfp " + text);
  }
  function epochCounter() {
    var element = document.getElementById("iter-number");
    return element ? parseInt(element.textContent.replace(/[^0-9]/g, ""), 10) : NaN;
  }
  window.addEventListener("load", function () {
    var play = document.getElementById("play-pause-button");
    if (!play || isNaN(epochCounter())) {
      report("error=no-play-button-or-epoch-counter");
      return;
    }
    play.click();
    setTimeout(function () {
      var frames = 0, longestGap = 0, previous = 0, start = 0, startEpoch = 0;
      function onFrame(now) {
        if (start === 0) {
          start = previous = now;
          startEpoch = epochCounter();
        } else {
          frames++;
          longestGap = Math.max(longestGap, now - previous);
          previous = now;
          if (now - start >= bench.seconds * 1000) {
            var epochs = epochCounter() - startEpoch;
            play.click();  // pause: the browser is closed next anyway
            report("frames=" + frames + " seconds=" + ((now - start) / 1000).toFixed(3) +
                   " longest_gap_ms=" + longestGap.toFixed(1) + " epochs=" + epochs +
                   " training_samples=" + bench.trainingSamples +
                   " viewport=" + window.innerWidth + "x" + window.innerHeight);
            return;
          }
        }
        requestAnimationFrame(onFrame);
      }
      requestAnimationFrame(onFrame);
    }, bench.warmupSeconds * 1000);
  });
})();
