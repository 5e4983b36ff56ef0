// Progressive enhancement: when a link points at a row (#p-…, #b-…), open the details that hold the row
// or that the row holds, so the reader sees the whole record. Without JavaScript they open with a click.
function openTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const around = target.closest('details');
  if (around && !around.open) around.open = true;
  const inside = target.querySelector('details');
  if (inside && !inside.open) inside.open = true;
  if (around) target.scrollIntoView();
}

openTarget();
window.addEventListener('hashchange', openTarget);
