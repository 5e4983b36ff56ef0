// Progressive enhancement: when a link points at a row (#p-…), open that row's details so the reader
// sees the whole record. Without JavaScript the row's key facts show and its details open with a click.
function openTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const details = id ? document.getElementById(id)?.querySelector('details') : null;
  if (details && !details.open) details.open = true;
}

openTarget();
window.addEventListener('hashchange', openTarget);
