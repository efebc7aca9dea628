export default function FloorPage() {
  return (
    <main>
      <h1>Floor</h1>
    </main>
  );
}
