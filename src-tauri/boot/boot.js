// The shell opens this page only when the engine failed to start; the reason is in the fragment.
document.getElementById("reason").textContent = decodeURIComponent(location.hash.slice(1));
