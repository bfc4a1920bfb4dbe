// The way out when the app itself has stopped: a panic in the WebAssembly (built with panic = "abort") or any
// other error that kills it leaves the page unable to run Rust code. This plain script, loaded with the page and
// precached for offline use, then replaces the page with a screen that still lets the user save every record from
// IndexedDB as an export file, save the newest backup, open the Data page (to restore a backup or import a file),
// or reload. It reads the database only; it never writes.
(function () {
  "use strict";
  var DB = "rop-workbench";
  // Stores that are not department data: they stay out of the export file.
  var NOT_DATA = { meta: true, backups: true };
  var shown = false;

  function text(ru, en) {
    return (document.documentElement.lang || "ru").indexOf("en") === 0 ? en : ru;
  }

  function openDb() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB);
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
      req.onblocked = function () { reject(new Error("blocked")); };
    });
  }

  function getAll(db, names) {
    return new Promise(function (resolve, reject) {
      var tx = db.transaction(names, "readonly");
      var out = {};
      names.forEach(function (name) {
        var req = tx.objectStore(name).getAll();
        req.onsuccess = function () { out[name] = req.result; };
      });
      tx.oncomplete = function () { resolve(out); };
      tx.onerror = function () { reject(tx.error); };
      tx.onabort = function () { reject(tx.error); };
    });
  }

  function save(name, content) {
    var url = URL.createObjectURL(new Blob([content], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  // The export file in the app's own layout: the header, then each store with one record per line, stores in
  // alphabetical order and records by id (getAll returns them in key order), so the app imports it as any export.
  function exportFile(stores) {
    var root = document.documentElement.dataset;
    var asOf = null;
    var department = "";
    Object.keys(stores).forEach(function (name) {
      stores[name].forEach(function (r) {
        if (!asOf || r.updated > asOf) asOf = r.updated;
        if (name === "settings" && r.data && !r.deleted) department = r.data.department || "";
      });
    });
    var head = {
      format: "rop-workbench",
      schema: Number(root.schema || 0),
      app: root.app || "",
      as_of: asOf,
      department: department
    };
    var out = JSON.stringify(head, null, 2).replace(/\n}$/, ",\n  \"stores\": {");
    var names = Object.keys(stores).sort();
    names.forEach(function (name, i) {
      var list = stores[name];
      out += (i ? ",\n" : "\n") + "    " + JSON.stringify(name) + ": [";
      if (list.length) {
        out += list.map(function (r) { return "\n      " + JSON.stringify(r); }).join(",") + "\n    ]";
      } else {
        out += "]";
      }
    });
    return out + "\n  }\n}\n";
  }

  function exportAll(status) {
    openDb()
      .then(function (db) {
        var names = Array.prototype.filter.call(db.objectStoreNames, function (n) { return !NOT_DATA[n]; });
        return getAll(db, names).then(function (stores) {
          db.close();
          return stores;
        });
      })
      .then(function (stores) {
        save("rop-rescue-" + today() + ".json", exportFile(stores));
        status.textContent = text("Файл сохранён.", "The file is saved.");
      })
      .catch(function (e) {
        status.textContent = text("Не удалось прочитать базу: ", "Could not read the database: ") + e;
      });
  }

  function lastBackup(status) {
    openDb()
      .then(function (db) {
        return getAll(db, ["backups"]).then(function (all) {
          db.close();
          return all.backups;
        });
      })
      .then(function (list) {
        if (!list.length) {
          status.textContent = text("Резервных копий нет.", "There are no backups.");
          return;
        }
        var newest = list[list.length - 1];
        save("rop-backup-" + today() + ".json", newest.file);
        status.textContent = text("Резервная копия сохранена.", "The backup is saved.");
      })
      .catch(function (e) {
        status.textContent = text("Не удалось прочитать базу: ", "Could not read the database: ") + e;
      });
  }

  function button(label, test, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.setAttribute("data-test", test);
    b.addEventListener("click", onClick);
    return b;
  }

  function show(detail) {
    if (shown) return;
    shown = true;
    var main = document.createElement("main");
    main.className = "rescue";
    main.setAttribute("role", "alert");
    main.setAttribute("data-test", "rescue");
    var h = document.createElement("h1");
    h.textContent = text("Программа остановилась из-за ошибки", "The app stopped because of an error");
    var p = document.createElement("p");
    p.textContent = text(
      "Ваши данные в этом браузере не тронуты. Сохраните их в файл, затем откройте раздел «Данные», чтобы " +
        "восстановить резервную копию или загрузить файл, или перезагрузите страницу.",
      "Your data in this browser is untouched. Save it to a file, then open the Data page to restore a backup or " +
        "import a file, or reload the page."
    );
    var status = document.createElement("p");
    status.className = "status";
    status.setAttribute("aria-live", "polite");
    var actions = document.createElement("div");
    actions.className = "actions";
    actions.appendChild(button(text("Сохранить все данные в файл", "Save all data to a file"), "rescue-export", function () {
      exportAll(status);
    }));
    actions.appendChild(button(text("Сохранить последнюю резервную копию", "Save the newest backup"), "rescue-backup", function () {
      lastBackup(status);
    }));
    actions.appendChild(button(text("Открыть «Данные»", "Open Data"), "rescue-data", function () {
      location.href = new URL("data", document.baseURI).href;
    }));
    actions.appendChild(button(text("Перезагрузить", "Reload"), "rescue-reload", function () {
      location.reload();
    }));
    var details = document.createElement("details");
    var summary = document.createElement("summary");
    summary.textContent = text("Подробности для разработчиков", "Details for developers");
    var pre = document.createElement("pre");
    pre.textContent = String(detail || "");
    details.appendChild(summary);
    details.appendChild(pre);
    main.appendChild(h);
    main.appendChild(p);
    main.appendChild(actions);
    main.appendChild(status);
    main.appendChild(details);
    document.body.replaceChildren(main);
  }

  window.ropRescue = { show: show, exportFile: exportFile };
  // A trap in the WebAssembly (the abort after a panic, or anything the panic hook could not report).
  window.addEventListener("error", function (e) {
    var err = e.error;
    if ((err && err.name === "RuntimeError") || /unreachable/.test(e.message || "")) show(withStack(e.message, err));
  });
  window.addEventListener("unhandledrejection", function (e) {
    var err = e.reason;
    if (err && err.name === "RuntimeError") show(withStack(String(err), err));
  });
  // The trap's stack (WebAssembly function indexes included) for the developers' details: where it trapped.
  function withStack(message, err) {
    return err && err.stack ? message + "\n" + err.stack : message;
  }
})();
