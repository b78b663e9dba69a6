'use strict';

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

/**
 * Where uploaded files are kept: a directory outside Strapi's public folder, so `strapi::public`
 * (koa-static) can never serve one, whatever encoding a request path uses. Files are served only
 * by `src/middlewares/uploads.js`, which looks the file up in the database and decides who may
 * read it. URLs stay `/uploads/<hash><ext>`, as with Strapi's local provider, so stored links,
 * the portal and the indexer do not change.
 *
 * The stored name is built from Strapi's own hash and extension, never from a request.
 */
function storedName(file) {
  const name = `${file.hash}${file.ext || ''}`;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
    throw new Error(`Refusing to store a file under an unsafe name: ${JSON.stringify(name)}`);
  }
  return name;
}

function createPrivateStore(root) {
  fs.mkdirSync(root, { recursive: true });
  const target = (file) => path.join(root, storedName(file));
  const url = (file) => `/uploads/${storedName(file)}`;

  return {
    root,
    /** The stored file for a name already checked against the database, or null. */
    pathOf(name) {
      return path.join(root, name);
    },
    async uploadStream(file) {
      if (!file.stream) throw new Error('Missing file stream');
      await pipeline(file.stream, fs.createWriteStream(target(file)));
      file.url = url(file);
    },
    async upload(file) {
      if (!file.buffer) throw new Error('Missing file buffer');
      await fs.promises.writeFile(target(file), file.buffer);
      file.url = url(file);
    },
    async replaceStream(newFile, oldFile) {
      await this.uploadStream(newFile);
      if (target(newFile) !== target(oldFile)) await fs.promises.rm(target(oldFile), { force: true });
    },
    async replace(newFile, oldFile) {
      await this.upload(newFile);
      if (target(newFile) !== target(oldFile)) await fs.promises.rm(target(oldFile), { force: true });
    },
    async delete(file) {
      await fs.promises.rm(target(file), { force: true });
    },
    isPrivate() {
      // Strapi would then sign every media URL in API answers; access is decided when a file
      // is fetched instead (see src/middlewares/uploads.js).
      return false;
    },
  };
}

/**
 * Moves files a former local provider left in `<public>/uploads` into the private store, so an
 * existing installation stops serving them publicly at the next start.
 */
function migrateFromPublic(publicUploads, root) {
  if (!fs.existsSync(publicUploads)) return 0;
  let moved = 0;
  for (const name of fs.readdirSync(publicUploads)) {
    const from = path.join(publicUploads, name);
    if (name.startsWith('.') || !fs.statSync(from).isFile()) continue;
    const to = path.join(root, name);
    if (!fs.existsSync(to)) {
      try {
        fs.renameSync(from, to);
      } catch (error) {
        if (error.code !== 'EXDEV') throw error;
        fs.copyFileSync(from, to);
        fs.rmSync(from);
      }
    } else {
      fs.rmSync(from);
    }
    moved += 1;
  }
  return moved;
}

module.exports = { createPrivateStore, migrateFromPublic };
