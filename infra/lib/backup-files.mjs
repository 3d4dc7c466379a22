import fs from "node:fs"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3"

// Uploaded files: the S3-compatible bucket (S3_*) that a scaled-out shop uses, else the local
// folders of a single process (OCOP_UPLOAD_DIR, OCOP_PRIVATE_UPLOAD_DIR). Files keep their names,
// because the database stores their URLs.

function bucketOf(env) {
  if (!env.S3_BUCKET) return null
  const client = new S3Client({
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "true",
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
  })
  return { client, bucket: env.S3_BUCKET }
}

const localFolders = (env) =>
  [
    ["public", env.OCOP_UPLOAD_DIR],
    ["private", env.OCOP_PRIVATE_UPLOAD_DIR],
  ].filter(([, dir]) => dir)

/** Every file below `dir`, as paths relative to it. */
function filesBelow(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
}

/** Copies the uploaded files into `dir/files`; returns where they came from and how many. */
export async function backupFiles(env, dir) {
  const target = path.join(dir, "files")
  const s3 = bucketOf(env)
  if (s3) {
    const objects = []
    let token
    do {
      const page = await s3.client.send(
        new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: env.S3_PREFIX || undefined, ContinuationToken: token }),
      )
      for (const object of page.Contents ?? []) {
        const file = path.join(target, "bucket", object.Key)
        fs.mkdirSync(path.dirname(file), { recursive: true })
        const got = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: object.Key }))
        await pipeline(got.Body, fs.createWriteStream(file))
        objects.push({ key: object.Key, type: got.ContentType ?? null })
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return { kind: "s3", bucket: s3.bucket, count: objects.length, objects }
  }
  let count = 0
  for (const [name, folder] of localFolders(env)) {
    for (const file of filesBelow(folder)) {
      fs.mkdirSync(path.dirname(path.join(target, name, file)), { recursive: true })
      fs.copyFileSync(path.join(folder, file), path.join(target, name, file))
      count++
    }
  }
  return { kind: "local", count }
}

/** Puts a backup's files back: into the bucket under the same keys, or into the local folders. */
export async function restoreFiles(env, dir, recorded) {
  const source = path.join(dir, "files")
  const s3 = bucketOf(env)
  if (recorded.kind === "s3") {
    if (!s3)
      throw new Error("The backup's files come from a bucket: set the S3_* variables of the shop to restore into")
    for (const { key, type } of recorded.objects) {
      await s3.client.send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: key,
          Body: fs.readFileSync(path.join(source, "bucket", key)),
          ContentType: type ?? undefined,
        }),
      )
    }
    return recorded.objects.length
  }
  let count = 0
  for (const [name, folder] of localFolders(env)) {
    for (const file of filesBelow(path.join(source, name))) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true })
      fs.copyFileSync(path.join(source, name, file), path.join(folder, file))
      count++
    }
  }
  return count
}
