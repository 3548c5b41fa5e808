// Hands a file of the app to the person as a download, as if they had clicked its link: the name
// comes from the server's Content-Disposition.
export function download(address) {
    const link = document.createElement("a");
    link.href = address;
    link.download = "";
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
}
