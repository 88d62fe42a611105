document.getElementById("app")!.textContent = "SCA Tracker";
